<?php
/**
 * The post filter lets the three tags and their documented attributes through,
 * for every role that can post. Nothing else changes: kses still checks URLs
 * (src is one of wp_kses_uri_attributes(), so javascript: is removed), and
 * <script>, event handlers and unknown attributes stay filtered.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements to the allowed tags of the 'post' context.
 *
 * @param array  $tags    Allowed tags => allowed attributes.
 * @param string $context Which set (post, data, …).
 * @return array
 */
function civic_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( array_keys( civic_widgets_elements() ) as $tag ) {
		// class and id: the block editor adds a class; both are harmless and common.
		$names        = array_merge( civic_widgets_attribute_names( $tag ), array( 'class', 'id' ) );
		$tags[ $tag ] = array_fill_keys( array_map( 'strtolower', $names ), true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'civic_widgets_allowed_html', 10, 2 );
