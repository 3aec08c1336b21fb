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

    /** The pointer of the value that holds this one ({@code ""} for a member of the root). */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last segment of a pointer ({@code ""} for the root). */
    public static String lastSegment(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }
}
