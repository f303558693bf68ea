<?php
/**
 * The programme document's rules that a JSON Schema cannot state, which the
 * published schema names in its "$comment" as checked by the validator only:
 * period.start is not after period.end; an investment's start is not after its
 * end (years or year-months); each finances[].year appears once (the first is
 * kept). Written as src/shared/validate.ts does, with its words and in its order.
 *
 * @package civic-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The schema's rules plus the validator-only ones. */
class Civic_Widgets_Programme_Validator extends Civic_Widgets_Schema_Validator {
	/** @var array Years already seen in finances. */
	private $years = array();

	/** @inheritDoc */
	public function validate( $doc ) {
		$this->years = array();
		return parent::validate( $doc );
	}

	/**
	 * A year (2017) or year-month ("2017-06") as a fraction of years, at its start or end.
	 *
	 * @param int|string $value The value.
	 * @param string     $edge  'start' or 'end'.
	 * @return float
	 */
	private static function position( $value, $edge ) {
		if ( ! is_string( $value ) ) {
			return 'start' === $edge ? $value : $value + 1;
		}
		list( $y, $m ) = array_map( 'intval', explode( '-', $value ) );
		return $y + ( 'start' === $edge ? $m - 1 : $m ) / 12;
	}

	/** @inheritDoc */
	protected function item_checked( $pointer, $item, $path ) {
		if ( '/properties/investments/items' === $pointer && isset( $item->start, $item->end )
			&& self::position( $item->start, 'start' ) >= self::position( $item->end, 'end' ) ) {
			$this->report( $path . '.end', 'vStartAfterEnd' );
			return false;
		}
		if ( '/properties/finances/items' === $pointer ) {
			$year = (int) $item->year;
			if ( isset( $this->years[ $year ] ) ) {
				$this->report( $path . '.year', 'vDuplicateYear', array( $year ) );
				return false;
			}
			$this->years[ $year ] = true;
		}
		return true;
	}

	/** @inheritDoc */
	protected function document_checked( $doc ) {
		$period = is_object( $doc ) && isset( $doc->period ) ? $doc->period : null;
		$fine   = ! array_filter(
			$this->issues,
			function ( $issue ) {
				return 0 === strpos( $issue['path'], 'period' );
			}
		);
		if ( ! $period || ! $fine || ! is_object( $period ) || $period->start <= $period->end ) {
			return;
		}
		// After the problems of the document's own fields, before those of its sections.
		$sections = array( 'priorities', 'investments', 'finances' );
		$at       = count( $this->issues );
		foreach ( $this->issues as $i => $issue ) {
			if ( in_array( preg_replace( '/[.[].*$/', '', $issue['path'] ), $sections, true ) ) {
				$at = $i;
				break;
			}
		}
		$tail = array_splice( $this->issues, $at );
		$this->report( 'period', 'vStartAfterEnd' );
		$this->issues = array_merge( $this->issues, $tail );
	}
}
