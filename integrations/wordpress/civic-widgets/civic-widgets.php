<?php
/**
 * Plugin Name:       Civic widgets
 * Plugin URI:        https://github.com/civic-widgets/civic-widgets
 * Description:       A municipality's action programme in posts and pages: priorities, investment timeline, debt against revenue. A block, a shortcode, and programme documents (.json) in the media library, checked on upload.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            civic-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       civic-widgets
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CIVIC_WIDGETS_VERSION', '0.1.0' );
define( 'CIVIC_WIDGETS_DIR', __DIR__ );
define( 'CIVIC_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once __DIR__ . '/includes/library.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/class-civic-widgets-schema-validator.php';
require_once __DIR__ . '/includes/class-civic-widgets-programme-validator.php';
require_once __DIR__ . '/includes/uploads.php';
