# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Quorum contributors
# A Debian package of everything `cmake --install` places:  cpack -G DEB  in the build folder.
# Its library dependencies are computed by dpkg-shlibdeps from the binary and its modules; only
# what no linker can see (Qt's platform plugins) is named by hand.
set(CPACK_PACKAGE_NAME quorum)
set(CPACK_PACKAGE_VENDOR "Quorum contributors")
set(CPACK_PACKAGE_CONTACT "${QUORUM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian shows the description as it is: lines under 80 characters (lintian counts them).
set(CPACK_PACKAGE_DESCRIPTION
    "Quorum writes consensus reports: articles that tell what the experts in
online forums think of a piece of news, with a TL;DR, a verdict split into
stances with percentages, quoted and attributed forum voices, and a
conclusion. It previews the article exactly as WordPress will show it and
publishes it to WordPress in one click, as native blocks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: the display plugins (xcb, wayland).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# A keychain for the application passwords, a dictionary for spelling, Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin, hunspell-dictionary")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

include(CPack)
