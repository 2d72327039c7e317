<?php
/**
 * Plugin Name: Quorum Focus Keyword
 * Description: Lets Quorum set the Yoast SEO focus keyword of a post (the post meta _yoast_wpseo_focuskw) through the REST API. Without it WordPress ignores the keyword without a word.
 * Version: 1.0.0
 * Requires at least: 5.5
 * Requires PHP: 7.4
 * License: GPL-3.0-or-later
 * License URI: https://www.gnu.org/licenses/gpl-3.0.html
 */

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors

defined('ABSPATH') || exit;

// The key starts with an underscore, so WordPress treats it as protected: without an
// auth_callback nobody could write it over REST. Whoever may edit the post may set its
// keyword, as in Yoast SEO's own box.
add_action('init', function () {
    register_post_meta('post', '_yoast_wpseo_focuskw', [
        'type' => 'string',
        'description' => 'The focus keyphrase Yoast SEO checks the post against.',
        'single' => true,
        'default' => '',
        'show_in_rest' => true,
        'sanitize_callback' => 'sanitize_text_field',
        'auth_callback' => function ($allowed, $meta_key, $post_id) {
            return current_user_can('edit_post', $post_id);
        },
    ]);
});
