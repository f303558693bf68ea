<?php
/**
 * The bundle: one ES module, loaded once, only on pages that show an element.
 * WordPress 6.1 (Debian bookworm) has no wp_enqueue_script_module (6.5+), so the
 * ordinary script API is used and the tag gets type="module".
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

const CIVIC_WIDGETS_HANDLE = 'civic-widgets';

add_action(
	'init',
	function () {
		$file = CIVIC_WIDGETS_DIR . '/generated/civic-widgets.js';
		// The file's time as the version, so a rebuilt bundle is never served from a cache.
		$ver = file_exists( $file ) ? (string) filemtime( $file ) : CIVIC_WIDGETS_VERSION;
		wp_register_script( CIVIC_WIDGETS_HANDLE, CIVIC_WIDGETS_URL . 'generated/civic-widgets.js', array(), $ver, true );
	}
);

/**
 * Marks the bundle's tag as a module (modules are deferred and run once per URL).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function civic_widgets_module_tag( $tag, $handle ) {
	if ( CIVIC_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'civic_widgets_module_tag', 10, 2 );

/** Asks for the bundle on this page (WordPress prints it once, however often this is called). */
function civic_widgets_enqueue() {
	if ( ! is_admin() ) {
		wp_enqueue_script( CIVIC_WIDGETS_HANDLE );
	}
}

// Elements typed into the HTML (code editor, Custom HTML block, classic editor) need the bundle too.
add_filter(
	'the_content',
	function ( $content ) {
		// A live tag, or a static embed's data link (…json#civic-priority-list), which the bundle upgrades.
		if ( is_string( $content ) && preg_match( '/[<#]civic-(priority-list|investment-timeline|debt-revenue-chart)\b/', $content ) ) {
			civic_widgets_enqueue();
		}
		return $content;
	},
	20 // After do_shortcode (11), which enqueues for itself.
);
