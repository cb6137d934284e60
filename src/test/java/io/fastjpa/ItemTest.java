package io.fastjpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemTest {

    @Test
    void shouldWrapTheObject() {
        Object hero = new Object();

        assertThat(Item.of(hero).data()).isSameAs(hero);
    }

    @Test
    void shouldBeEqualWhenTheDataIsEqual() {
        assertThat(Item.of("hero")).isEqualTo(new Item<>("hero")).isNotEqualTo(Item.of("villain"));
    }

    @Test
    void shouldRejectNull() {
        assertThatThrownBy(() -> Item.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("data");
    }
}
