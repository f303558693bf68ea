<?php
/**
 * Sets up the test sites from the command line (Debian has no wp-cli):
 *   php setup.php single  PORT STATE   a site in Norwegian (nb_NO), plugin active
 *   php setup.php network PORT STATE   a fresh install, then turned into a network
 *   php setup.php multi   PORT STATE   the network's users, plugin network-activated
 * Users: admin, editor, author, contributor; each password is "<login>-pass-1".
 */
[ , $mode, $port, $state ] = $argv;
$_SERVER['HTTP_HOST']        = "127.0.0.1:$port";
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['SERVER_PORT']      = $port;
$_SERVER['WORDPRESS_CONFIG'] = 'single' === $mode ? 'civicwp-single' : 'civicwp-multi';
// No mail server here: WordPress's install and user mails go nowhere.
function wp_mail() {
	return true;
}
if ( 'multi' !== $mode ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function fail( $what ) {
	fwrite( STDERR, "setup.php: $what\n" );
	exit( 1 );
}
function users() {
	foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
		$id = wp_insert_user( array( 'user_login' => $role, 'user_pass' => "$role-pass-1", 'user_email' => "$role@example.org", 'role' => $role ) );
		if ( is_wp_error( $id ) ) {
			fail( $id->get_error_message() );
		}
	}
}

$plugin = 'civic-widgets/civic-widgets.php';
$skip   = getenv( 'CIVIC_WP_NO_PLUGIN' ); // To see the checks fail without the plugin.
if ( 'single' === $mode || 'network' === $mode ) {
	$result = wp_install( 'Civic widgets test', 'admin', 'admin@example.org', false, '', 'admin-pass-1' );
	if ( empty( $result['user_id'] ) ) {
		fail( 'install failed' );
	}
	switch_theme( 'twentytwentythree' );
	update_option( 'permalink_structure', '/%postname%/' ); // Pretty links, as most sites have them.
}
if ( 'single' === $mode ) {
	update_option( 'WPLANG', 'nb_NO' ); // The validator's messages should come in bokmål.
	users();
	if ( ! $skip && is_wp_error( activate_plugin( $plugin ) ) ) {
		fail( 'plugin activation failed' );
	}
} elseif ( 'network' === $mode ) {
	require_once ABSPATH . 'wp-admin/includes/network.php';
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
		$wpdb->$table = $prefixed;
	}
	install_network();
	$result = populate_network( 1, "127.0.0.1:$port", 'admin@example.org', 'Civic network', '/', false );
	if ( is_wp_error( $result ) ) {
		fail( $result->get_error_message() );
	}
} else {
	if ( ! is_multisite() ) {
		fail( 'not a multisite' );
	}
	users(); // Added to the main site with their roles; only admin is a Super Admin.
	if ( ! $skip && is_wp_error( activate_plugin( $plugin, '', true ) ) ) {
		fail( 'network activation failed' );
	}
}
echo "setup.php: $mode ready at " . home_url() . ( $skip ? ' (plugin NOT active)' : '' ) . "\n";
