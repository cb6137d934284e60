package io.fastjpa.bench.jpa;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** FastSQLA's JSON wrappers, written by hand as plain JSON-B classes. */
public final class Envelopes {

    private Envelopes() {}

    /** {@code {"data":[...],"meta":{...}}}. */
    @JsonbPropertyOrder({"data", "meta"})
    public static final class PageBody {
        /** The page's heroes. */
        public final List<Hero> data;
        /** The page's position and totals. */
        public final Meta meta;

        PageBody(List<Hero> data, Meta meta) {
            this.data = data;
            this.meta = meta;
        }
    }

    /** {@code {"offset":0,"total_items":12,"total_pages":2,"page_number":1}}. */
    @JsonbPropertyOrder({"offset", "totalItems", "totalPages", "pageNumber"})
    public static final class Meta {
        /** The first row's offset. */
        public final long offset;
        /** The number of rows. */
        @JsonbProperty("total_items")
        public final long totalItems;
        /** The number of pages of this size. */
        @JsonbProperty("total_pages")
        public final long totalPages;
        /** The page's number, from 1. */
        @JsonbProperty("page_number")
        public final long pageNumber;

        Meta(long offset, int limit, long totalItems) {
            this.offset = offset;
            this.totalItems = totalItems;
            this.totalPages = (totalItems + limit - 1) / limit;
            this.pageNumber = offset / limit + 1;
        }
    }

    /** {@code {"data":{...}}}. */
    public static final class ItemBody {
        /** The hero. */
        public final Hero data;

        ItemBody(Hero data) {
            this.data = data;
        }
    }
}
