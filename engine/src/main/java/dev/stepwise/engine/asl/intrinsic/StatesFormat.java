package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code States.Format}: the template (first argument, a string) with each {@code {}} replaced by the next argument.
 * Strings go in bare, {@code null} as {@code null}, numbers and booleans as JSON, objects and arrays the way AWS
 * (Java) prints them: {@code {Arg1=1, Arg2=[]}}. In the template {@code \{}, {@code \}}, {@code \'} and
 * {@code \\} stand for the character itself; this holds for templates read through a path too.
 */
public final class StatesFormat extends NamedIntrinsic {

    public static final String NAME = "States.Format";

    public StatesFormat() {
        super(NAME, Signature.atLeast(1));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        String source = arguments.literalSource(0);
        String template = source != null ? source : arguments.string(0);
        List<String> pieces = pieces(template);
        int placeholders = pieces.size() - 1;
        int values = arguments.size() - 1;
        if (placeholders != values) {
            throw arguments.failure("the template has " + placeholders + " placeholder" + (placeholders == 1 ? "" : "s")
                    + " '{}', but " + values + (values == 1 ? " value was" : " values were") + " given");
        }
        StringBuilder out = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            out.append(IntrinsicValues.formatText(arguments.value(i))).append(pieces.get(i));
        }
        return JsonNodeFactory.instance.textNode(out.toString());
    }

    /** The literal text between placeholders, escapes resolved: one more piece than there are placeholders. */
    static List<String> pieces(String template) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            char next = i + 1 < template.length() ? template.charAt(i + 1) : '\0';
            if (c == '\\' && (next == '{' || next == '}' || next == '\'' || next == '\\')) {
                piece.append(next);
                i++;
            } else if (c == '{' && next == '}') {
                pieces.add(piece.toString());
                piece.setLength(0);
                i++;
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
