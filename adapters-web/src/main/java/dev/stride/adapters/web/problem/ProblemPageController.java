package dev.stride.adapters.web.problem;

import dev.stride.domain.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a problem's {@code type} resolves to: {@code /problems/<type>}, the section of
 * {@code docs/problems.md} about it, and {@code /problems}, all of it. Public, HTML whatever the
 * {@code Accept} header says (the type URI is for people to read, RFC 9457 3.1.1).
 */
@Hidden
@RestController
class ProblemPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final CacheControl AN_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final ProblemPages pages = ProblemPages.load();

    @GetMapping(ProblemPages.ALL)
    ResponseEntity<String> all() {
        return page(pages.all());
    }

    @GetMapping(ProblemType.BASE_URI + "{type}")
    ResponseEntity<String> one(@PathVariable String type) {
        return page(pages.section(type).orElseThrow(() -> new NotFoundException("Problem type " + type)));
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(AN_HOUR).body(html);
    }
}
