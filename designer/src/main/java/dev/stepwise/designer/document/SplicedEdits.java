package dev.stepwise.designer.document;

/** What every syntax's {@link TextEdits} shares: the spans it edits against and the splices it collects. */
abstract class SplicedEdits implements TextEdits {

    protected final JsonSpans spans;
    protected final String text;
    protected final Splices splices;

    SplicedEdits(JsonSpans spans) {
        this.spans = spans;
        this.text = spans.text();
        this.splices = new Splices(text);
    }

    @Override
    public JsonSpans spans() {
        return spans;
    }

    @Override
    public boolean isEmpty() {
        return splices.isEmpty();
    }

    /** The text with every splice made. Splices must not overlap. */
    @Override
    public String apply() {
        return splices.apply();
    }

    protected void add(int start, int end, String replacement) {
        splices.add(start, end, replacement);
    }
}
