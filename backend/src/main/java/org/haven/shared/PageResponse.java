package org.haven.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of results in the API's own stable shape (Spring's {@code Page} JSON is not a contract). */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.map(mapper).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
