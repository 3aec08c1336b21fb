package dev.stepwise.engine.asl.validate;

/** A Task's Resource is normally an ARN; anything else will not run on AWS. */
final class ResourceRule implements Rule {

    static final String CODE = "INVALID_RESOURCE";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            String resource = "Task".equals(state.type()) ? Nodes.text(state.node(), "Resource") : null;
            if (resource != null && !resource.isBlank() && !resource.startsWith("arn:")) {
                context.warning(CODE, state.pointer("Resource"), "\"Resource\" is \"" + resource
                        + "\", which is not an ARN (\"arn:aws:...\")");
            }
        }
    }
}
