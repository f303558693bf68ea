<?php
/**
 * The "Civic widget" block. Plain JavaScript on WordPress's globals (wp.blocks,
 * wp.element, wp.blockEditor, wp.components): no build step. The block saves
 * the element with a link to its data, so the post stays readable without the
 * plugin; the editor shows the live element as its preview.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	function () {
		wp_register_script(
			'civic-widgets-block',
			CIVIC_WIDGETS_URL . 'block/index.js',
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			(string) filemtime( CIVIC_WIDGETS_DIR . '/block/index.js' ),
			true
		);
		// What the editor needs to know: the elements' attributes and the site's words.
		wp_add_inline_script(
			'civic-widgets-block',
			'window.civicWidgets = ' . wp_json_encode(
				array(
					'elements' => civic_widgets_elements(),
					'lang'     => civic_widgets_lang(),
					'linkText' => civic_widgets_say( 'data_link' ),
					// The static embed's writer, when shipped: the block then saves readable content.
					'staticUrl' => file_exists( CIVIC_WIDGETS_DIR . '/generated/civic-static.js' )
						? CIVIC_WIDGETS_URL . 'generated/civic-static.js?ver=' . filemtime( CIVIC_WIDGETS_DIR . '/generated/civic-static.js' ) : '',
				)
			) . ';',
			'before'
		);
		register_block_type( CIVIC_WIDGETS_DIR . '/block' );
	}
);

// The live preview in the editor needs the elements defined.
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( CIVIC_WIDGETS_HANDLE );
	}
);

// A published block asks for the bundle on its page.
add_filter(
	'render_block',
	function ( $html, $block ) {
		if ( isset( $block['blockName'] ) && 'civic-widgets/widget' === $block['blockName'] ) {
			civic_widgets_enqueue();
		}
		return $html;
	},
	10,
	2
);
