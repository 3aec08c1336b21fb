package dev.stepwise.engine.userpool.model;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of a user pool's schema ({@code SchemaAttributeType}). Custom attributes are named
 * {@code custom:<name>}; {@code minLength}/{@code maxLength} apply to String attributes, {@code minValue}/{@code
 * maxValue} to Number attributes (null when not constrained).
 */
public record SchemaAttribute(String name, String attributeDataType, boolean developerOnly, boolean mutable,
        boolean required, Long minLength, Long maxLength, Long minValue, Long maxValue) {

    public static final List<String> DATA_TYPES = List.of("String", "Number", "DateTime", "Boolean");

    public SchemaAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attributeDataType, "attributeDataType");
        if (!DATA_TYPES.contains(attributeDataType)) {
            throw new IllegalArgumentException("unknown attribute data type: " + attributeDataType);
        }
    }

    public boolean isCustom() {
        return name.startsWith("custom:");
    }

    private static SchemaAttribute string(String name, boolean mutable, long min, long max) {
        return new SchemaAttribute(name, "String", false, mutable, false, min, max, null, null);
    }

    /** The standard attributes every user pool has, in the order DescribeUserPool lists them. */
    public static final List<SchemaAttribute> STANDARD = List.of(
            new SchemaAttribute("sub", "String", false, false, true, 1L, 2048L, null, null),
            string("name", true, 0, 2048),
            string("given_name", true, 0, 2048),
            string("family_name", true, 0, 2048),
            string("middle_name", true, 0, 2048),
            string("nickname", true, 0, 2048),
            string("preferred_username", true, 0, 2048),
            string("profile", true, 0, 2048),
            string("picture", true, 0, 2048),
            string("website", true, 0, 2048),
            string("email", true, 0, 2048),
            new SchemaAttribute("email_verified", "Boolean", false, true, false, null, null, null, null),
            string("gender", true, 0, 2048),
            string("birthdate", true, 10, 10),
            string("zoneinfo", true, 0, 2048),
            string("locale", true, 0, 2048),
            string("phone_number", true, 0, 2048),
            new SchemaAttribute("phone_number_verified", "Boolean", false, true, false, null, null, null, null),
            string("address", true, 0, 2048),
            new SchemaAttribute("updated_at", "Number", false, true, false, null, null, 0L, null));

    public static boolean isStandard(String name) {
        return STANDARD.stream().anyMatch(a -> a.name().equals(name));
    }
}
