<?php
/**
 * A small, generic interpreter for the JSON Schema subset the library's
 * published schema uses (draft-07 keywords: type, properties, required, items,
 * enum, const, pattern, minimum/maximum and their exclusive forms,
 * minLength/maxLength, minItems/maxItems, uniqueItems, anyOf/oneOf/allOf/not,
 * if/then/else, additionalProperties, $ref to this document).
 *
 * The rules come from generated/programme.v1.json and the words from
 * generated/messages.json; which word belongs at which place was read from the
 * library's own validator by build.mjs. Like the library, it reports one
 * problem per wrong value, with a path such as investments[3].start.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Validates decoded JSON (objects as stdClass) against the schema. */
class Civic_Widgets_Schema_Validator {
	/** @var array The whole schema, for $ref. */
	private $root;
	/** @var array Messages: words, places, required. */
	private $messages;
	/** @var string nb, nn or en. */
	private $lang;
	/** @var array[] Problems found: list of array( path, message ). */
	protected $issues = array();

	/**
	 * @param array  $schema   Decoded schema (associative).
	 * @param array  $messages Decoded messages.json.
	 * @param string $lang     nb, nn or en.
	 */
	public function __construct( array $schema, array $messages, $lang ) {
		$this->root     = $schema;
		$this->messages = $messages;
		$this->lang     = isset( $messages['words'][ $lang ] ) ? $lang : 'nb';
	}

	/**
	 * Every problem in a document.
	 *
	 * @param mixed $doc Decoded JSON.
	 * @return array[] List of array( 'path' => …, 'message' => … ).
	 */
	public function validate( $doc ) {
		$this->issues = array();
		if ( is_array( $doc ) ) {
			// A bare list of one section, as the elements accept: judged by its first object, as the library does.
			$first   = current( array_filter( $doc, 'is_object' ) );
			$section = ! $first ? null : ( isset( $first->year ) ? 'finances' : ( isset( $first->name ) ? 'investments' : ( isset( $first->title ) ? 'priorities' : null ) ) );
			if ( null === $section ) {
				$this->report( '', 'vUnknownSection' );
				return $this->issues;
			}
			$doc = (object) array( $section => $doc );
		}
		$this->check( $this->root, $doc, '', '' );
		$this->document_checked( $doc );
		return $this->issues;
	}

	/**
	 * Adds a problem in the site's language.
	 *
	 * @param string $path Where.
	 * @param string $key  Message key.
	 * @param array  $args Values for its {0}, {1} ….
	 */
	protected function report( $path, $key, array $args = array() ) {
		$words = $this->messages['words'][ $this->lang ];
		$text  = isset( $words[ $key ] ) ? $words[ $key ] : $key;
		foreach ( $args as $i => $arg ) {
			$text = str_replace( '{' . $i . '}', (string) $arg, $text );
		}
		$this->issues[] = array(
			'path'    => $path,
			'message' => $text,
		);
	}

	/**
	 * Checks a value; reports the place's message when the value itself is wrong,
	 * then looks inside it.
	 *
	 * @param array  $schema  The sub-schema.
	 * @param mixed  $value   The value.
	 * @param string $pointer JSON pointer of the sub-schema (key into places).
	 * @param string $path    Path of the value in the document.
	 * @return bool Whether the value is valid.
	 */
	private function check( array $schema, $value, $pointer, $path ) {
		if ( ! $this->accepts( $schema, $value ) ) {
			$this->report( $path, $this->key_for( $pointer, $value ) );
			return false;
		}
		$ok = true;
		if ( is_object( $value ) ) {
			$props    = isset( $schema['properties'] ) ? $schema['properties'] : array();
			$required = isset( $schema['required'] ) ? $schema['required'] : array();
			// Field by field in the schema's order, as the library reports them.
			foreach ( array_unique( array_merge( array_keys( $props ), $required ) ) as $name ) {
				if ( ! property_exists( $value, $name ) ) {
					if ( in_array( $name, $required, true ) ) {
						$this->report( $this->join( $path, $name ), $this->messages['required'] );
						$ok = false;
					}
				} elseif ( isset( $props[ $name ] ) ) {
					$ok = $this->check( $props[ $name ], $value->$name, $pointer . '/properties/' . $name, $this->join( $path, $name ) ) && $ok;
				}
			}
		} elseif ( is_array( $value ) && isset( $schema['items'] ) && is_array( $schema['items'] ) ) {
			foreach ( $value as $i => $item ) {
				$item_ok = $this->check( $schema['items'], $item, $pointer . '/items', $path . '[' . $i . ']' );
				$ok      = $item_ok && $this->item_checked( $pointer . '/items', $item, $path . '[' . $i . ']' ) && $ok;
			}
		}
		return $ok;
	}

	/**
	 * Rules beyond the schema, for a subclass: called with each list item that met it.
	 *
	 * @param string $pointer JSON pointer of the items' schema.
	 * @param mixed  $item    The item.
	 * @param string $path    Its path.
	 * @return bool Whether the item passes.
	 */
	protected function item_checked( $pointer, $item, $path ) {
		return true;
	}

	/**
	 * Rules beyond the schema, for a subclass: called once the whole document was checked.
	 *
	 * @param mixed $doc The document.
	 */
	protected function document_checked( $doc ) {
	}

	/**
	 * The library's message for a wrong value at a place: the answer it gave the
	 * nearest probe of the same kind (for numbers: same sign, then whole or not,
	 * then the nearest size), else the place's message.
	 *
	 * @param string $pointer JSON pointer of the place.
	 * @param mixed  $value   The wrong value.
	 * @return string Message key.
	 */
	private function key_for( $pointer, $value ) {
		$best     = null;
		$distance = INF;
		$kind     = self::kind( $value );
		$variants = isset( $this->messages['variants'][ $pointer ] ) ? $this->messages['variants'][ $pointer ] : array();
		foreach ( $variants as $probe ) {
			list( $probe_kind, $number, $key ) = $probe;
			if ( $probe_kind !== $kind ) {
				continue;
			}
			$d = 'number' === $kind ? self::gap( $value, $number ) : 0;
			if ( $d < $distance ) {
				$best     = $key;
				$distance = $d;
			}
		}
		if ( null !== $best ) {
			return $best;
		}
		$places = $this->messages['places'];
		return isset( $places[ $pointer ] ) ? $places[ $pointer ] : 'errorShape';
	}

	/** @param mixed $v Value. @return string Its kind, as build.mjs names the probes'. */
	private static function kind( $v ) {
		if ( null === $v ) {
			return 'null';
		}
		if ( is_string( $v ) ) {
			return '' === trim( $v ) ? 'blank' : 'string';
		}
		if ( is_int( $v ) || is_float( $v ) ) {
			return 'number';
		}
		return is_bool( $v ) ? 'boolean' : ( is_array( $v ) ? 'array' : 'object' );
	}

	/** @param int|float $a A number. @param int|float $b A probe. @return float How unalike they are. */
	private static function gap( $a, $b ) {
		$sign = function ( $x ) {
			return $x < 0 ? -1 : ( $x > 0 ? 1 : 0 );
		};
		$whole = function ( $x ) {
			return is_int( $x ) || floor( $x ) === (float) $x;
		};
		return ( $sign( $a ) !== $sign( $b ) ? 1000 : 0 ) + ( $whole( $a ) !== $whole( $b ) ? 100 : 0 )
			+ abs( log10( abs( $a ) + 1e-9 ) - log10( abs( $b ) + 1e-9 ) );
	}

	/**
	 * @param string $path Parent path.
	 * @param string $name Field.
	 * @return string
	 */
	private function join( $path, $name ) {
		return '' === $path ? $name : $path . '.' . $name;
	}

	/**
	 * Whether a value meets a schema's own keywords, and (for anyOf and the
	 * like, which the library reports as one problem) its whole sub-schemas.
	 *
	 * @param array $s Schema.
	 * @param mixed $v Value.
	 * @return bool
	 */
	private function accepts( array $s, $v ) {
		if ( isset( $s['$ref'] ) ) {
			return $this->accepts( $this->resolve( $s['$ref'] ), $v );
		}
		if ( isset( $s['type'] ) && ! $this->has_type( (array) $s['type'], $v ) ) {
			return false;
		}
		if ( array_key_exists( 'const', $s ) && ! $this->equal( $s['const'], $v ) ) {
			return false;
		}
		if ( isset( $s['enum'] ) && ! array_filter( $s['enum'], function ( $e ) use ( $v ) { return $this->equal( $e, $v ); } ) ) {
			return false;
		}
		if ( is_string( $v ) && ! $this->string_ok( $s, $v ) ) {
			return false;
		}
		if ( ( is_int( $v ) || is_float( $v ) ) && ! $this->number_ok( $s, $v ) ) {
			return false;
		}
		if ( is_array( $v ) && ! $this->array_ok( $s, $v ) ) {
			return false;
		}
		if ( is_object( $v ) && ! $this->object_ok( $s, $v ) ) {
			return false;
		}
		$passes = function ( $sub ) use ( $v ) {
			return $this->valid( $sub, $v );
		};
		if ( isset( $s['anyOf'] ) && ! array_filter( $s['anyOf'], $passes ) ) {
			return false;
		}
		if ( isset( $s['oneOf'] ) && 1 !== count( array_filter( $s['oneOf'], $passes ) ) ) {
			return false;
		}
		if ( isset( $s['allOf'] ) && count( array_filter( $s['allOf'], $passes ) ) !== count( $s['allOf'] ) ) {
			return false;
		}
		if ( isset( $s['not'] ) && $passes( $s['not'] ) ) {
			return false;
		}
		if ( isset( $s['if'] ) ) {
			$branch = $passes( $s['if'] ) ? 'then' : 'else';
			if ( isset( $s[ $branch ] ) && ! $passes( $s[ $branch ] ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whole-value validity, inside as well (for anyOf, if/then, …).
	 *
	 * @param array|bool $s Schema.
	 * @param mixed      $v Value.
	 * @return bool
	 */
	private function valid( $s, $v ) {
		if ( is_bool( $s ) ) {
			return $s;
		}
		$saved = $this->issues;
		$ok    = $this->check( $s, $v, "\0", '' ); // A pointer no place has: the words are not needed.
		$this->issues = $saved;
		return $ok;
	}

	/** @param string $ref A reference such as #/definitions/year. @return array */
	private function resolve( $ref ) {
		$node = $this->root;
		foreach ( array_slice( explode( '/', (string) $ref ), 1 ) as $part ) {
			$part = str_replace( array( '~1', '~0' ), array( '/', '~' ), $part );
			$node = isset( $node[ $part ] ) ? $node[ $part ] : array();
		}
		return is_array( $node ) ? $node : array();
	}

	/** @param string[] $types JSON types. @param mixed $v Value. @return bool */
	private function has_type( array $types, $v ) {
		foreach ( $types as $t ) {
			$is = array(
				'null'    => null === $v,
				'boolean' => is_bool( $v ),
				'string'  => is_string( $v ),
				'object'  => is_object( $v ),
				'array'   => is_array( $v ),
				'number'  => is_int( $v ) || ( is_float( $v ) && is_finite( $v ) ),
				// 2017.0 is an integer in JSON Schema (and in JavaScript).
				'integer' => is_int( $v ) || ( is_float( $v ) && is_finite( $v ) && floor( $v ) === $v ),
			);
			if ( ! empty( $is[ $t ] ) ) {
				return true;
			}
		}
		return false;
	}

	/** @param array $s Schema. @param string $v Value. @return bool */
	private function string_ok( array $s, $v ) {
		// Characters as JSON Schema counts them (code points), without needing mbstring.
		$length = (int) preg_match_all( '/./us', $v );
		if ( ( isset( $s['minLength'] ) && $length < $s['minLength'] ) || ( isset( $s['maxLength'] ) && $length > $s['maxLength'] ) ) {
			return false;
		}
		// ECMAScript patterns of this kind (\S, \d, classes, anchors) read the same in PCRE.
		return ! isset( $s['pattern'] ) || 1 === preg_match( '~' . str_replace( '~', '\~', $s['pattern'] ) . '~u', $v );
	}

	/** @param array $s Schema. @param int|float $v Value. @return bool */
	private function number_ok( array $s, $v ) {
		return ! ( ( isset( $s['minimum'] ) && $v < $s['minimum'] )
			|| ( isset( $s['maximum'] ) && $v > $s['maximum'] )
			|| ( isset( $s['exclusiveMinimum'] ) && $v <= $s['exclusiveMinimum'] )
			|| ( isset( $s['exclusiveMaximum'] ) && $v >= $s['exclusiveMaximum'] ) );
	}

	/** @param array $s Schema. @param array $v Value. @return bool */
	private function array_ok( array $s, array $v ) {
		if ( ( isset( $s['minItems'] ) && count( $v ) < $s['minItems'] ) || ( isset( $s['maxItems'] ) && count( $v ) > $s['maxItems'] ) ) {
			return false;
		}
		return empty( $s['uniqueItems'] ) || count( array_unique( array_map( 'wp_json_encode', $v ) ) ) === count( $v );
	}

	/** @param array $s Schema. @param object $v Value. @return bool */
	private function object_ok( array $s, $v ) {
		if ( ! isset( $s['additionalProperties'] ) || true === $s['additionalProperties'] ) {
			return true;
		}
		$props = isset( $s['properties'] ) ? $s['properties'] : array();
		foreach ( get_object_vars( $v ) as $name => $item ) {
			if ( ! isset( $props[ $name ] ) && ! $this->valid( $s['additionalProperties'], $item ) ) {
				return false;
			}
		}
		return true;
	}

	/** JSON equality (1 equals 1.0; objects by their fields). @param mixed $a A. @param mixed $b B. @return bool */
	private function equal( $a, $b ) {
		return wp_json_encode( $this->normal( $a ) ) === wp_json_encode( $this->normal( $b ) );
	}

	/** @param mixed $v Value. @return mixed */
	private function normal( $v ) {
		if ( is_float( $v ) && floor( $v ) === $v && abs( $v ) < PHP_INT_MAX ) {
			return (int) $v;
		}
		if ( is_object( $v ) ) {
			$v = get_object_vars( $v );
			ksort( $v );
		}
		return is_array( $v ) ? array_map( array( $this, 'normal' ), $v ) : $v;
	}
}
