package org.gongwen.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The resolved value of an entity: an exact number for figures, a string for the others (ISO dates such as
 * {@code 2022-11-21}, ISO intervals such as {@code 2021/2025} for periods, the canonical 发文字号). In JSON it is written
 * as a plain number or string.
 */
public sealed interface EntityValue permits EntityValue.Number, EntityValue.Text {

    /** An exact quantity in base units. */
    record Number(BigDecimal value) implements EntityValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A textual value: ISO date, interval, canonical document number, normalised name. */
    record Text(String value) implements EntityValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    static EntityValue of(BigDecimal value) {
        return new Number(value);
    }

    static EntityValue of(String value) {
        return new Text(value);
    }
}
