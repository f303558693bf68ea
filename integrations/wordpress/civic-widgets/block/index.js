/**
 * The "Civic widget" block, written against WordPress's globals so it needs no
 * build step. The element's attributes come from window.civicWidgets.elements
 * (generated from the library's custom-elements.json), so a new attribute in
 * the library appears here without a change to this file.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';
	const el = element.createElement;
	const __ = i18n.__;
	const config = window.civicWidgets || { elements: {}, lang: 'nb', linkText: 'Data (JSON)' };
	const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = blockEditor;
	const { Button, PanelBody, SelectControl, TextControl, ToggleControl, Placeholder } = components;

	// lang is a plain string in the manifest, but the library speaks exactly these.
	const CHOICES = { lang: [ 'nb', 'nn', 'en' ] };

	/** The element's attributes as strings, without empty ones; a boolean is present or absent. */
	function elementAttributes( attributes ) {
		const out = {};
		const known = ( config.elements[ attributes.element ] || { attributes: [] } ).attributes;
		known.forEach( function ( a ) {
			const v = a.name === 'src' ? attributes.src : attributes.attrs[ a.name ];
			if ( v === undefined || v === null || v === false ) return;
			if ( v === '' && a.name !== 'heading' ) return; // heading="" hides the heading, on purpose.
			out[ a.name ] = v === true ? '' : String( v );
		} );
		return out;
	}

	/** One control per documented attribute. */
	function attributeControl( a, attributes, setAttributes ) {
		const value = attributes.attrs[ a.name ];
		const set = function ( v ) {
			const attrs = Object.assign( {}, attributes.attrs );
			if ( v === undefined || v === '' || v === false ) delete attrs[ a.name ];
			else attrs[ a.name ] = v;
			setAttributes( { attrs } );
		};
		const help = a.description;
		const options = CHOICES[ a.name ] || a.options;
		if ( options ) {
			return el( SelectControl, {
				key: a.name, label: a.name, help, value: value || '',
				options: [ { label: __( '(default)', 'civic-widgets' ), value: '' } ]
					.concat( options.map( function ( o ) { return { label: o, value: o }; } ) ),
				onChange: set,
			} );
		}
		if ( a.name === 'heading' ) {
			// heading="" hides the heading, which an empty field cannot say: a switch says it.
			const hidden = value === '';
			return el( 'div', { key: a.name },
				el( TextControl, { label: a.name, help, value: value || '', disabled: hidden, onChange: set } ),
				el( ToggleControl, {
					label: __( 'No heading', 'civic-widgets' ), checked: hidden,
					onChange: function ( on ) {
						const attrs = Object.assign( {}, attributes.attrs );
						if ( on ) attrs.heading = '';
						else delete attrs.heading;
						setAttributes( { attrs } );
					},
				} )
			);
		}
		if ( a.type === 'boolean' ) {
			return el( ToggleControl, { key: a.name, label: a.name, help, checked: !! value, onChange: set } );
		}
		return el( TextControl, {
			key: a.name, label: a.name, help, value: value || '',
			type: a.type === 'number' ? 'number' : 'text',
			onChange: set,
		} );
	}

	function dataControls( attributes, setAttributes ) {
		return [
			el( 'div', { key: 'media', style: { marginBottom: '16px' } }, el( MediaUploadCheck, null,
				el( MediaUpload, {
					allowedTypes: [ 'application/json' ],
					value: attributes.mediaId,
					onSelect: function ( media ) { setAttributes( { src: media.url, mediaId: media.id } ); },
					render: function ( o ) {
						return el( Button, { variant: 'secondary', onClick: o.open }, __( 'Choose a programme document (.json)', 'civic-widgets' ) );
					},
				} )
			) ),
			el( TextControl, {
				key: 'src', label: __( 'or the address of the data', 'civic-widgets' ), type: 'url',
				value: attributes.src,
				onChange: function ( src ) { setAttributes( { src, mediaId: undefined } ); },
			} ),
		];
	}

	/**
	 * The static embed of the chosen data (readable without JavaScript, kept by
	 * the post filter, upgraded to the live element by the bundle), written by the
	 * library's staticEmbed; '' when it cannot be written (no writer shipped, data
	 * unreachable or unusable), and the block then saves the live tag.
	 */
	function writeStatic( attributes ) {
		if ( ! config.staticUrl || ! attributes.src ) return Promise.resolve( '' );
		const own = elementAttributes( attributes );
		delete own.src;
		const common = { lang: own.lang, theme: own.theme, heading: own.heading, headingLevel: own[ 'heading-level' ] };
		[ 'lang', 'theme', 'heading', 'heading-level' ].forEach( function ( n ) { delete own[ n ]; } );
		Object.keys( common ).forEach( function ( k ) { if ( common[ k ] === undefined ) delete common[ k ]; } );
		if ( common.headingLevel !== undefined ) common.headingLevel = Number( common.headingLevel );
		return Promise.all( [ import( config.staticUrl ), fetch( attributes.src ).then( function ( r ) { return r.ok ? r.json() : null; } ) ] )
			.then( function ( got ) {
				const doc = got[ 1 ];
				return doc ? got[ 0 ].staticEmbed( doc, Object.assign( { element: attributes.element, dataUrl: attributes.src, attributes: own }, common ) ) : '';
			} )
			.catch( function () { return ''; } );
	}

	function Edit( props ) {
		const attributes = props.attributes;
		const setAttributes = props.setAttributes;
		const blockProps = useBlockProps();
		const settings = JSON.stringify( [ attributes.element, attributes.src, attributes.attrs ] );
		// Rewrites the saved content whenever the element, its data or its options change.
		element.useEffect( function () {
			let current = true;
			writeStatic( attributes ).then( function ( html ) {
				// Data that cannot be read now (offline, moved) keeps the content saved before.
				if ( ! html && attributes.src ) return;
				if ( current && html !== attributes.html ) setAttributes( { html } );
			} );
			return function () { current = false; };
		}, [ settings ] );
		const info = config.elements[ attributes.element ] || { attributes: [] };
		if ( ! attributes.linkText ) setAttributes( { linkText: config.linkText } );
		const inspector = el( InspectorControls, null,
			el( PanelBody, { title: __( 'Widget', 'civic-widgets' ) },
				el( SelectControl, {
					label: __( 'Element', 'civic-widgets' ), value: attributes.element,
					options: Object.keys( config.elements ).map( function ( t ) { return { label: t, value: t }; } ),
					onChange: function ( v ) { setAttributes( { element: v } ); },
				} ),
				dataControls( attributes, setAttributes )
			),
			el( PanelBody, { title: __( 'Attributes', 'civic-widgets' ), initialOpen: true },
				info.attributes.filter( function ( a ) { return a.name !== 'src'; } )
					.map( function ( a ) { return attributeControl( a, attributes, setAttributes ); } )
			)
		);
		const preview = attributes.src
			// The live element; the key re-creates it when the tag changes.
			? el( attributes.element, Object.assign( { key: attributes.element }, elementAttributes( attributes ) ) )
			: el( Placeholder, { icon: 'chart-bar', label: __( 'Civic widget', 'civic-widgets' ) }, dataControls( attributes, setAttributes ) );
		return el( 'div', blockProps, inspector, preview );
	}

	function save( props ) {
		const attributes = props.attributes;
		if ( attributes.html ) {
			// The static embed as the library wrote it; the wrapper carries the block's class.
			return el( 'div', useBlockProps.save(), el( element.RawHTML, null, attributes.html ) );
		}
		const own = elementAttributes( attributes );
		const link = attributes.src ? el( 'a', { href: attributes.src }, attributes.linkText || config.linkText ) : null;
		return el( attributes.element, useBlockProps.save( own ), link );
	}

	blocks.registerBlockType( 'civic-widgets/widget', { edit: Edit, save } );
}( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n ) );
