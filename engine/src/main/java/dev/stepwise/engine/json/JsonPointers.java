package dev.stepwise.engine.json;

/** Building RFC 6901 JSON pointers. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code parent} extended by one object key, escaped as RFC 6901 says. */
    public static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} extended by one array index. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The unescaped last segment of a pointer ({@code ""} for the root). */
    public static String lastSegment(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }
}
