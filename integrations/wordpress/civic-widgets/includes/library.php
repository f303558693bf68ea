<?php
/**
 * What the plugin knows of the library, read from generated/ (written by
 * integrations/wordpress/build.mjs from the library itself): the elements and
 * their documented attributes, the schema, the validator's words.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A decoded JSON file from generated/, read once per request.
 *
 * @param string $name File name, e.g. 'elements.json'.
 * @return mixed Decoded data (associative arrays), or null when missing.
 */
function civic_widgets_generated( $name ) {
	static $cache = array();
	if ( ! array_key_exists( $name, $cache ) ) {
		$path            = CIVIC_WIDGETS_DIR . '/generated/' . $name;
		$cache[ $name ] = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	return $cache[ $name ];
}

/**
 * The three tags and their attributes: tag => list of { name, type, options?, description }.
 *
 * @return array
 */
function civic_widgets_elements() {
	$elements = civic_widgets_generated( 'elements.json' );
	return is_array( $elements ) ? $elements : array();
}

/**
 * The documented attribute names of one tag, or an empty list for an unknown tag.
 *
 * @param string $tag Element name.
 * @return string[]
 */
function civic_widgets_attribute_names( $tag ) {
	$elements = civic_widgets_elements();
	return isset( $elements[ $tag ] ) ? array_column( $elements[ $tag ]['attributes'], 'name' ) : array();
}

/**
 * The site's language as one of the library's: nb (default), nn or en.
 *
 * @return string
 */
function civic_widgets_lang() {
	$base = strtolower( (string) preg_replace( '/[-_].*$/', '', get_locale() ) );
	if ( 'nn' === $base || 'en' === $base ) {
		return $base;
	}
	return 'nb';
}

/**
 * The plugin's own few words (the validator's come from the library).
 *
 * @param string $key Message key.
 * @return string
 */
function civic_widgets_say( $key ) {
	$words = array(
		'nb' => array(
			'invalid'   => '%1$s er ikke et gyldig programdokument (%2$d %3$s):',
			'problem'   => 'problem',
			'problems'  => 'problemer',
			'data_link' => 'Dataene (JSON)',
		),
		'nn' => array(
			'invalid'   => '%1$s er ikkje eit gyldig programdokument (%2$d %3$s):',
			'problem'   => 'problem',
			'problems'  => 'problem',
			'data_link' => 'Dataa (JSON)',
		),
		'en' => array(
			'invalid'   => '%1$s is not a valid programme document (%2$d %3$s):',
			'problem'   => 'problem',
			'problems'  => 'problems',
			'data_link' => 'The data (JSON)',
		),
	);
	return $words[ civic_widgets_lang() ][ $key ];
}
