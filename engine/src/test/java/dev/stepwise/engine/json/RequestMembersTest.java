package dev.stepwise.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RequestMembersTest {

    private static final RequestMembers COGNITO = new RequestMembers(IllegalArgumentException::new,
            name -> Character.toLowerCase(name.charAt(0)) + name.substring(1));

    private static JsonNode request(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void aMissingRequiredMemberIsNamedAsTheServiceNamesIt() {
        assertThatThrownBy(() -> COGNITO.required(request("{}"), "UserPoolId"))
                .hasMessage("1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint:"
                        + " Member must not be null");
    }

    @Test
    void membersOfTheWrongTypeAreRefusedAndAbsentOnesAreEmpty() throws Exception {
        JsonNode request = request("{\"Name\": 3, \"Flag\": \"yes\", \"Ok\": true, \"Text\": \"t\", \"Gone\": null}");
        assertThatThrownBy(() -> COGNITO.optional(request, "Name")).hasMessage("Member Name must be a string");
        assertThatThrownBy(() -> COGNITO.optionalBoolean(request, "Flag")).hasMessage("Member Flag must be a boolean");
        assertThat(COGNITO.optionalBoolean(request, "Ok")).contains(true);
        assertThat(COGNITO.optional(request, "Text")).contains("t");
        assertThat(COGNITO.optional(request, "Gone")).isEmpty();
        assertThat(COGNITO.optionalBoolean(request, "Missing")).isEmpty();
    }
}
