<?php
/**
 * The plugin's PHP validator outside WordPress, for parity.mjs: reads a JSON
 * list of { lang, text } on stdin, prints a JSON list of the issues of each.
 */
define( 'ABSPATH', __DIR__ );
function wp_json_encode( $value ) {
	return json_encode( $value );
}
$dir = dirname( __DIR__, 2 ) . '/integrations/wordpress/civic-widgets';
require $dir . '/includes/class-civic-widgets-schema-validator.php';
require $dir . '/includes/class-civic-widgets-programme-validator.php';
$schema   = json_decode( file_get_contents( "$dir/generated/programme.v1.json" ), true );
$messages = json_decode( file_get_contents( "$dir/generated/messages.json" ), true );
$out      = array();
foreach ( json_decode( file_get_contents( 'php://stdin' ), true ) as $case ) {
	$validator = new Civic_Widgets_Programme_Validator( $schema, $messages, $case['lang'] );
	$out[]     = $validator->validate( json_decode( $case['text'] ) );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE );
