<?php
/**
 * Plugin Name: Quorum
 * Description: Lets Quorum keep the whole article with its post, refuse a save that would overwrite a newer change made on the site, and set the Yoast SEO focus keyword over the REST API.
 * Version: 1.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * License: GPL-3.0-or-later
 * License URI: https://www.gnu.org/licenses/gpl-3.0.html
 * Text Domain: quorum
 */

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors

defined('ABSPATH') || exit;

/**
 * What the plugin adds to the REST API. Quorum's client is written against these names: they
 * are a protocol, not details.
 */
final class Quorum_Plugin
{
    const VERSION = '1.1.0';
    const ARTICLE_META = '_quorum_article';
    const PRECONDITION_HEADER = 'X-Quorum-Expected-Modified';
    /** The route of one post, as the posts controller registers it. */
    const POST_ROUTE = '/wp/v2/posts/(?P<id>[\d]+)';
    /** How long an update waits for another update of the same post to finish. */
    const LOCK_SECONDS = 10;

    /** @var array<int, array{0: string, 1: int}> lock name and post id, by request */
    private static $held = [];
    /** @var array<int, int> how many of this request's locks each post holds */
    private static $locked_posts = [];

    public static function register_meta()
    {
        // The key starts with an underscore, so WordPress treats it as protected: without an
        // auth_callback nobody could write it over REST. Whoever may edit the post may set its
        // keyword, as in Yoast SEO's own box.
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

        // The article as Quorum saves it (JSON), kept byte for byte: no sanitize_callback, as
        // any change would make the article something its writer did not write. It holds the
        // drafts and review notes that the post does not show, so only the edit context has
        // it, which WordPress grants only to users who may edit the post.
        register_post_meta('post', self::ARTICLE_META, [
            'type' => 'string',
            'description' => 'The whole Quorum article (JSON) that this post was published from.',
            'single' => true,
            'default' => '',
            'show_in_rest' => [
                'schema' => ['type' => 'string', 'context' => ['edit']],
            ],
            'auth_callback' => function ($allowed, $meta_key, $post_id) {
                return current_user_can('edit_post', $post_id);
            },
        ]);
    }

    /** Tells clients on `GET /wp-json/` that the plugin is there, and what it speaks. */
    public static function describe_in_index($response)
    {
        $data = $response->get_data();
        $data['quorum'] = [
            'version' => self::VERSION,
            'article_meta' => self::ARTICLE_META,
            'precondition_header' => self::PRECONDITION_HEADER,
            'notes' => self::posts_have_notes(),
            'notes_per_block' => self::notes_per_block(),
        ];
        $response->set_data($data);
        return $response;
    }

    /**
     * Whether the block editor keeps Notes (WordPress 6.9 and later: comments of type `note`)
     * on posts. WordPress's comments controller asks the same of the post type: its `editor`
     * support given with `notes` set, as post.php registers it for posts from 6.9 on.
     */
    public static function posts_have_notes()
    {
        $supports = get_all_post_type_supports('post');
        if (!isset($supports['editor']) || !is_array($supports['editor'])) {
            return false;
        }
        foreach ($supports['editor'] as $item) {
            if (is_array($item) && !empty($item['notes'])) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many note threads the block editor shows on one block: WordPress 7.1 reads a block's
     * `metadata.noteId` as one id or a list of them, 6.9 and 7.0 as one id only. No flag says
     * so, so the version does: 'many' or 'one' (meaningful only where posts have notes).
     */
    public static function notes_per_block()
    {
        return version_compare(get_bloginfo('version'), '7.1-alpha', '>=') ? 'many' : 'one';
    }

    /**
     * Runs after WordPress has checked that the user may update the post (so that nobody
     * learns the modification time of a post they may not edit), right before the update.
     * Every update of a post over REST takes the post's named lock here and keeps it until the
     * update is written (release_lock()), so that the check below and the write form one
     * step: a second update waits, then sees the first one's modification time.
     */
    public static function before_update($result, $request, $route, $handler)
    {
        if (null !== $result || self::POST_ROUTE !== $route ||
            !in_array($request->get_method(), ['POST', 'PUT', 'PATCH'], true)) {
            return $result;
        }
        $expected = $request->get_header(self::PRECONDITION_HEADER);
        if (null !== $expected && !self::is_rest_date($expected)) {
            return new WP_Error(
                'quorum_bad_expected_modified',
                sprintf(
                    /* translators: %s: the name of an HTTP header */
                    __('%s must be a modified_gmt as the REST API writes it, such as 2026-12-07T21:42:04.', 'quorum'),
                    self::PRECONDITION_HEADER
                ),
                ['status' => 400]
            );
        }

        global $wpdb;
        $url_params = $request->get_url_params();
        $post_id = (int) $url_params['id'];
        $name = sprintf('quorum-post-%d-%d', get_current_blog_id(), $post_id);
        $locked = $wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, %d)', $name, self::LOCK_SECONDS));
        if ('1' !== (string) $locked) {
            // A database without named locks (NULL) leaves updates as WordPress makes them,
            // unless the client asked for a check that cannot be made safely without one.
            if (null === $locked && null === $expected) {
                return $result;
            }
            return new WP_Error(
                'quorum_post_busy',
                null === $locked
                    ? __('The site cannot lock the post, so it cannot check that nobody else changed it.', 'quorum')
                    : __('Another save of this post is still running. Try again in a moment.', 'quorum'),
                ['status' => 503]
            );
        }
        self::$held[spl_object_id($request)] = [$name, $post_id];
        self::$locked_posts[$post_id] = (self::$locked_posts[$post_id] ?? 0) + 1;
        // The permission check loaded the post before the lock: the update must merge into
        // what is in the database now, not into that copy.
        clean_post_cache($post_id);

        if (null === $expected) {
            return $result;
        }
        $row = self::modified_times($post_id);
        if (!$row) {
            return $result; // no such post: WordPress answers that
        }
        $current = mysql_to_rfc3339(self::modified_gmt($row));
        if ($current !== $expected) {
            return new WP_Error(
                'quorum_stale_post',
                __('The post changed on the site since your copy of it was loaded. Load it again before saving.', 'quorum'),
                ['status' => 412, 'modified_gmt' => $current]
            );
        }
        return $result;
    }

    /** Ends what before_update() began, once the update is written (or refused). */
    public static function release_lock($response, $handler, $request)
    {
        $key = spl_object_id($request);
        if (isset(self::$held[$key])) {
            self::release(...self::$held[$key]);
            unset(self::$held[$key]);
        }
        return $response;
    }

    /** A request that died in its callback never reached release_lock(). */
    public static function release_all()
    {
        foreach (self::$held as $lock) {
            self::release(...$lock);
        }
        self::$held = [];
    }

    /**
     * modified_gmt counts whole seconds, so two updates in one second would leave it as it
     * was and the second client's check could not tell that the post changed. While the
     * post's lock is held, every update moves both modification times on by at least a
     * second.
     */
    public static function keep_modified_moving($data, $postarr)
    {
        $post_id = isset($postarr['ID']) ? (int) $postarr['ID'] : 0;
        if ($post_id <= 0 || empty(self::$locked_posts[$post_id])) {
            return $data;
        }
        $old = self::modified_times($post_id);
        if (!$old) {
            return $data;
        }
        // The format is fixed-width, so strings compare as times.
        $before = ['post_modified' => $old->post_modified, 'post_modified_gmt' => self::modified_gmt($old)];
        foreach ($before as $field => $time) {
            if (isset($data[$field]) && $data[$field] <= $time) {
                $data[$field] = gmdate('Y-m-d H:i:s', strtotime($time . ' UTC') + 1);
            }
        }
        return $data;
    }

    /** The post's modification times as the database has them now, past any cache. */
    private static function modified_times($post_id)
    {
        global $wpdb;
        return $wpdb->get_row($wpdb->prepare(
            "SELECT post_modified, post_modified_gmt FROM {$wpdb->posts} WHERE ID = %d",
            $post_id
        ));
    }

    /**
     * The modified_gmt that the REST API shows for these times: a draft that was never
     * updated has none in the database, and the posts controller works it out from the local
     * time, so this does the same.
     */
    private static function modified_gmt($row)
    {
        if ('0000-00-00 00:00:00' !== $row->post_modified_gmt) {
            return $row->post_modified_gmt;
        }
        $offset = (int) round((float) get_option('gmt_offset') * 3600);
        return gmdate('Y-m-d H:i:s', strtotime($row->post_modified) - $offset);
    }

    private static function release($name, $post_id)
    {
        global $wpdb;
        $wpdb->get_var($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $name));
        if (--self::$locked_posts[$post_id] <= 0) {
            unset(self::$locked_posts[$post_id]);
        }
    }

    /** True for a time as the REST API writes modified_gmt: 2026-12-07T21:42:04. */
    private static function is_rest_date($value)
    {
        if (!preg_match('/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/D', $value, $m)) {
            return false;
        }
        return checkdate((int) $m[2], (int) $m[3], (int) $m[1]) && (int) $m[4] < 24 &&
               (int) $m[5] < 60 && (int) $m[6] < 60;
    }
}

add_action('init', ['Quorum_Plugin', 'register_meta']);
add_filter('rest_index', ['Quorum_Plugin', 'describe_in_index']);
// Late, so that a plugin that answers the request itself has done so and nothing is locked.
add_filter('rest_dispatch_request', ['Quorum_Plugin', 'before_update'], 1000, 4);
add_filter('rest_request_after_callbacks', ['Quorum_Plugin', 'release_lock'], 10, 3);
// Late, so that it sees the modification times that will be written.
add_filter('wp_insert_post_data', ['Quorum_Plugin', 'keep_modified_moving'], 1000, 2);
add_action('shutdown', ['Quorum_Plugin', 'release_all']);
