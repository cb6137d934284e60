package io.fastjpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemListTest {

    @Test
    void shouldCopyTheList() {
        List<String> source = new ArrayList<>(List.of("a", "b"));

        ItemList<String> list = ItemList.of(source);
        source.clear();

        assertThat(list.data()).containsExactly("a", "b");
    }

    @Test
    void shouldExposeAnUnmodifiableList() {
        ItemList<String> list = ItemList.of(new ArrayList<>(List.of("a")));

        assertThatThrownBy(() -> list.data().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldAcceptAnEmptyList() {
        assertThat(ItemList.of(List.of()).data()).isEmpty();
    }

    @Test
    void shouldRejectNull() {
        assertThatThrownBy(() -> ItemList.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldKeepANullElement() {
        List<String> withNull = Arrays.asList("a", null);

        assertThat(ItemList.of(withNull).data()).containsExactly("a", null);
    }
}
