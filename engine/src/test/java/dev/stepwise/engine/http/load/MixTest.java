package dev.stepwise.engine.http.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MixTest {

    @Test
    void picksOnlyWeightedOperationsInProportion() {
        Mix mix = Mix.parse("get_user=1, start_execution=3");
        Random random = new Random(42);
        Map<Operation, Integer> picked = new EnumMap<>(Operation.class);

        for (int i = 0; i < 4_000; i++) {
            picked.merge(mix.pick(random), 1, Integer::sum);
        }

        assertThat(picked.keySet()).containsExactly(Operation.GET_USER, Operation.START_EXECUTION);
        assertThat(picked.get(Operation.START_EXECUTION)).isBetween(2_800, 3_200);
        assertThat(mix.toString()).isEqualTo("get_user=1,start_execution=3");
    }

    @Test
    void refusesUnknownOperationsAndEmptyMixes() {
        assertThatThrownBy(() -> Mix.parse("teleport=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TELEPORT");
        assertThatThrownBy(() -> Mix.parse("sign_in=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a mix needs a positive weight");
        assertThatThrownBy(() -> Mix.parse("sign_in")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not operation=weight: 'sign_in'");
    }
}
