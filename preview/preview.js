// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Runs in Quorum's own isolated world of the preview page, never in the page's: it patches
// sections in place, scrolls to what is being edited and reports clicks. The page's own world runs no script at all.
(function () {
  'use strict';
  let bridge = null;
  new QWebChannel(qt.webChannelTransport, (channel) => {
    bridge = channel.objects.quorumBridge;
    // Which load of the page this is, so that a late word from an earlier page is told apart.
    bridge.pageReady(Number(new URLSearchParams(location.search).get('load')));
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
  window.quorumPreview = {
    // change: { sequence, sections: [{id, html}], order: [ids] | null, header: html | null,
    //           language: text | null }
    // Returns the milliseconds the patch took. When it throws, the view's call answers -1: the
    // page may then show part of it, and only a reload brings it back in step.
    patch(change) {
      const started = performance.now();
      const root = content();
      for (const section of change.sections) {
        let wrapper = wrapperFor(section.id);
        if (!wrapper) {
          wrapper = document.createElement('div');
          wrapper.className = 'quorum-section';
          wrapper.dataset.sectionId = section.id;
          root.appendChild(wrapper);
        }
        wrapper.replaceChildren(parse(section.html));
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
      // The reader's position needs no help: the browser's scroll anchoring keeps what is
      // in view in place when a section above it changes height.
      const patchMs = performance.now() - started;
      requestAnimationFrame(() => {
        void document.documentElement.offsetHeight; // the frame's layout, done now
        if (bridge)
          bridge.painted(change.sequence, performance.now() - started);
      });
      return patchMs;
    },

    // Tells the application that the page of load `load` drew its first frame.
    firstFrame(load) {
      if (bridge)
        bridge.firstFrame(load);
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

  document.addEventListener('click', (event) => {
    // A link within the page (a footnote and its way back) scrolls there; the page itself
    // never navigates.
    const anchor = event.target.closest && event.target.closest('a[href^="#"]');
    const target = anchor && document.getElementById(decodeURIComponent(anchor.getAttribute('href').slice(1)));
    if (target) {
      event.preventDefault();
      target.scrollIntoView({ block: 'center' });
    }
    const wrapper = event.target.closest && event.target.closest('.quorum-section');
    if (wrapper && bridge)
      bridge.sectionClicked(wrapper.dataset.sectionId);
  }, true);
})();
