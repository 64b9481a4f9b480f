package dev.stride.adapters.web.paging;

import dev.stride.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a listing as JSON: {@code {items, page, size, totalItems, totalPages}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }
}
