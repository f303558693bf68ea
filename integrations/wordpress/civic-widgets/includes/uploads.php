<?php
/**
 * Programme documents (.json) in the media library, for those who may upload
 * files. Each is checked on upload against the library's schema; an invalid one
 * is refused with the library's messages in the site's language (nb, nn, en).
 * Nothing else is let in: .js stays refused.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'upload_mimes',
	function ( $mimes ) {
		$mimes['json'] = 'application/json';
		return $mimes;
	}
);

/**
 * WordPress compares the file's content type as libmagic sees it with its
 * extension; JSON reads as application/json or text/plain. Either is accepted
 * for a .json name; the content itself is checked by the prefilter below.
 *
 * @param array  $data     ext, type, proper_filename as WordPress found them.
 * @param string $file     Path of the uploaded file.
 * @param string $filename Its name.
 * @return array
 */
function civic_widgets_check_filetype( $data, $file, $filename ) {
	if ( 'json' === strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) && empty( $data['type'] )
		&& isset( get_allowed_mime_types()['json'] ) ) {
		$real = function_exists( 'finfo_open' ) ? finfo_file( finfo_open( FILEINFO_MIME_TYPE ), $file ) : 'application/json';
		if ( in_array( $real, array( 'application/json', 'text/plain' ), true ) ) {
			$data = array(
				'ext'             => 'json',
				'type'            => 'application/json',
				'proper_filename' => false,
			);
		}
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'civic_widgets_check_filetype', 10, 3 );

/**
 * The problems of a programme document, each as "path: message".
 *
 * @param string $text The file's content.
 * @return string[] Empty when valid.
 */
function civic_widgets_document_problems( $text ) {
	$messages = civic_widgets_generated( 'messages.json' );
	$schema   = civic_widgets_generated( 'programme.v1.json' );
	$lang     = civic_widgets_lang();
	$text     = preg_replace( '/^\xEF\xBB\xBF/', '', (string) $text ); // A byte-order mark is not an error.
	$doc      = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array( $messages['words'][ $lang ]['errorParse'] );
	}
	$validator = new Civic_Widgets_Programme_Validator( $schema, $messages, $lang );
	return array_map(
		function ( $issue ) {
			return '' === $issue['path'] ? $issue['message'] : $issue['path'] . ': ' . $issue['message'];
		},
		$validator->validate( $doc )
	);
}

/**
 * Refuses an invalid programme document before it is stored. Runs for the
 * uploader (wp_handle_upload) and for the REST API (wp_handle_sideload).
 *
 * @param array $file name, tmp_name, … as PHP received them.
 * @return array The same, with 'error' set when the document is invalid.
 */
function civic_widgets_prefilter( $file ) {
	if ( ! empty( $file['error'] ) || 'json' !== strtolower( pathinfo( (string) $file['name'], PATHINFO_EXTENSION ) ) ) {
		return $file;
	}
	$problems = civic_widgets_document_problems( (string) file_get_contents( $file['tmp_name'] ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	if ( $problems ) {
		$count         = count( $problems );
		$file['error'] = sprintf( civic_widgets_say( 'invalid' ), $file['name'], $count, civic_widgets_say( 1 === $count ? 'problem' : 'problems' ) )
			. ' ' . implode( '; ', $problems );
	}
	return $file;
}
add_filter( 'wp_handle_upload_prefilter', 'civic_widgets_prefilter' );
add_filter( 'wp_handle_sideload_prefilter', 'civic_widgets_prefilter' );
