<?php
/**
 * [civic_widget element="civic-priority-list" src="…" lang="nb" …] for classic
 * editing. Shortcode output is not filtered by kses, so only the documented
 * attributes are written, every value escaped, and src only as http(s) or relative.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's markup: the live tag, holding a link to the data for readers
 * without JavaScript (and for the day the plugin is switched off).
 *
 * @param string $tag   One of the three tags.
 * @param array  $attrs Attribute name => value (true for a bare boolean attribute).
 * @return string HTML, or '' for an unknown tag.
 */
function civic_widgets_markup( $tag, array $attrs ) {
	$allowed = civic_widgets_attribute_names( $tag );
	if ( ! $allowed ) {
		return '';
	}
	$html = '<' . $tag;
	$src  = '';
	foreach ( $allowed as $name ) {
		if ( ! array_key_exists( $name, $attrs ) || false === $attrs[ $name ] || null === $attrs[ $name ] ) {
			continue;
		}
		$value = $attrs[ $name ];
		if ( 'src' === $name ) {
			$value = esc_url( (string) $value, array( 'http', 'https' ) );
			if ( '' === $value ) {
				continue;
			}
			$src = $value;
		}
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
	}
	$html .= '>';
	if ( '' !== $src ) {
		$html .= sprintf( '<a href="%s">%s</a>', esc_url( $src ), esc_html( civic_widgets_say( 'data_link' ) ) );
	}
	return $html . '</' . $tag . '>';
}

/**
 * The shortcode's handler.
 *
 * @param array|string $atts Attributes as WordPress parsed them.
 * @return string
 */
function civic_widgets_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$tag   = isset( $atts['element'] ) ? strtolower( trim( (string) $atts['element'] ) ) : '';
	$attrs = array();
	foreach ( $atts as $key => $value ) {
		// A bare word ([civic_widget … expanded]) arrives under a numeric key: a boolean attribute.
		if ( is_int( $key ) ) {
			$attrs[ strtolower( (string) $value ) ] = true;
		} elseif ( 'element' !== $key ) {
			$attrs[ strtolower( $key ) ] = $value;
		}
	}
	$html = civic_widgets_markup( $tag, $attrs );
	if ( '' !== $html ) {
		civic_widgets_enqueue();
	}
	return $html;
}
add_shortcode( 'civic_widget', 'civic_widgets_shortcode' );
