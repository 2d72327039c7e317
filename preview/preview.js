// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Runs in Quorum's own isolated world of the preview page, never in the page's: it patches
// sections in place, keeps the reader's scroll position, scrolls to what is being edited and
// reports clicks. The page's own world runs no script at all.
(function () {
  'use strict';
  let bridge = null;
  new QWebChannel(qt.webChannelTransport, (channel) => {
    bridge = channel.objects.quorumBridge;
    bridge.pageReady();
  });

  const content = () => document.querySelector('.entry-content');
  const wrapperFor = (id) => {
    for (const wrapper of content().children) {
      if (wrapper.dataset.sectionId === id)
        return wrapper;
    }
    return null;
  };
  const parse = (html) => {
    // A template's content is inert: nothing in it loads or runs while it is parsed.
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };
  // A wrapper takes no part in layout (display: contents), so its extent is its children's.
  const extent = (wrapper) => {
    const first = wrapper.firstElementChild;
    const last = wrapper.lastElementChild;
    if (!first)
      return { top: 0, bottom: 0 };
    return { top: first.getBoundingClientRect().top, bottom: last.getBoundingClientRect().bottom };
  };

  window.quorumPreview = {
    // change: { sequence, sections: [{id, html}], order: [ids] | null, header: html | null,
    //           language: text | null }
    patch(change) {
      const started = performance.now();
      const scrollY = window.scrollY;
      let shift = 0; // how much content above the viewport grew
      const root = content();
      for (const section of change.sections) {
        let wrapper = wrapperFor(section.id);
        if (!wrapper) {
          wrapper = document.createElement('div');
          wrapper.className = 'quorum-section';
          wrapper.dataset.sectionId = section.id;
          root.appendChild(wrapper);
        }
        const before = extent(wrapper);
        const above = wrapper.firstElementChild && before.bottom <= 0;
        wrapper.replaceChildren(parse(section.html));
        if (above) {
          const after = extent(wrapper);
          shift += (after.bottom - after.top) - (before.bottom - before.top);
        }
      }
      if (change.order) {
        const wanted = new Set(change.order);
        for (const wrapper of Array.from(root.children)) {
          if (!wanted.has(wrapper.dataset.sectionId))
            wrapper.remove();
        }
        let previous = null;
        for (const id of change.order) {
          const wrapper = wrapperFor(id);
          if (!wrapper)
            continue;
          const expected = previous ? previous.nextElementSibling : root.firstElementChild;
          if (wrapper !== expected)
            root.insertBefore(wrapper, expected);
          previous = wrapper;
        }
      }
      if (change.header !== null && change.header !== undefined)
        document.querySelector('.entry-header').replaceWith(parse(change.header));
      if (change.language)
        document.documentElement.lang = change.language;
      if (window.scrollY !== scrollY + shift)
        window.scrollTo(window.scrollX, scrollY + shift);
      const patchMs = performance.now() - started;
      requestAnimationFrame(() => {
        if (bridge)
          bridge.patched(change.sequence, patchMs, performance.now() - started);
      });
      return patchMs;
    },

    // Brings section `id` (and within it, its `element`-th top-level element) into view.
    show(id, element) {
      const wrapper = wrapperFor(id);
      if (!wrapper)
        return false;
      const target = wrapper.children[Math.min(element, wrapper.children.length - 1)] || wrapper.firstElementChild;
      if (!target)
        return false;
      if (element > 0) {
        // Following the cursor: move only when the block is out of sight.
        const rect = target.getBoundingClientRect();
        if (rect.bottom > 0 && rect.top < window.innerHeight)
          return true;
        target.scrollIntoView({ block: 'center' });
      } else {
        target.scrollIntoView({ block: 'start' });
      }
      return true;
    },

    setTheme(theme) {
      if (theme)
        document.documentElement.dataset.theme = theme;
      else
        delete document.documentElement.dataset.theme;
    },
  };

  // Scroll anchoring would fight the position kept above.
  document.documentElement.style.overflowAnchor = 'none';

  document.addEventListener('click', (event) => {
    const wrapper = event.target.closest && event.target.closest('.quorum-section');
    if (wrapper && bridge)
      bridge.sectionClicked(wrapper.dataset.sectionId);
  }, true);
})();
