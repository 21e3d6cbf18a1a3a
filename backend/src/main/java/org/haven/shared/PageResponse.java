package org.haven.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of results in the API's own stable shape (Spring's {@code Page} JSON is not a contract). */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /**
     * The highest page number a list accepts (with {@code @Max(MAX_PAGE)} on its {@code page}
     * parameter; {@code size} stops at 100): beyond it the row offset
     * (page × size) would overflow the int the database query takes, which answered 500.
     * A million pages of 100 is far more than any list holds.
     */
    public static final int MAX_PAGE = 1_000_000;

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.map(mapper).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
