package dev.stride.adapters.web.security;

import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import dev.stride.domain.session.AccessTokenPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;
import java.util.Collection;

/**
 * Access tokens are HS256 JWTs signed and verified with one shared key ({@code stride.security.jwt-secret}).
 * Verification accepts only HS256, insists on an expiry (checked against the application's
 * {@link Clock}), on Stride's issuer and audience (a token another service signed with a shared key
 * is no way in), on a subject that is a user id and on the millisecond issue instant; a token that
 * passes all that is then checked for revocation (its account was closed after it was issued). The
 * signature and claims of a token are checked once ({@link SignatureCheckedOnce}); its expiry and
 * revocation on every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StrideSecurityProperties.class)
class JwtConfiguration {

    @Bean
    JwtSigningKey jwtSigningKey(StrideSecurityProperties properties) {
        return JwtSigningKey.from(properties);
    }

    @Bean
    JwtEncoder jwtEncoder(JwtSigningKey key) {
        return NimbusJwtEncoder.withSecretKey(key.key()).algorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtDecoder jwtDecoder(JwtSigningKey key, Clock clock, CheckAccessTokenUseCase checkAccessToken,
                          StrideSecurityProperties properties) {
        JwtTimestampValidator expiry = new JwtTimestampValidator(AccessTokenPolicy.CLOCK_SKEW);
        expiry.setClock(clock);
        expiry.setAllowEmptyExpiryClaim(false);
        // Expiry first in both: a token refused for several reasons is told the same first one as ever.
        OAuth2TokenValidator<Jwt> wellFormed = new DelegatingOAuth2TokenValidator<>(
                expiry,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(properties.audience())),
                new JwtClaimValidator<>(JwtClaimNames.SUB, AccessTokens::isUserId),
                new JwtClaimValidator<>(AccessTokens.ISSUED_AT_MILLIS_CLAIM, millis -> millis instanceof Number));
        return new SignatureCheckedOnce(SignatureCheckedOnce.checking(key.key(), wellFormed),
                firstThen(expiry, new RevokedAccessTokenValidator(checkAccessToken)),
                properties.accessTokenTtl().plus(AccessTokenPolicy.CLOCK_SKEW));
    }

    /** Runs {@code then} only on tokens {@code first} accepts (the delegating validator would run both). */
    private static OAuth2TokenValidator<Jwt> firstThen(OAuth2TokenValidator<Jwt> first, OAuth2TokenValidator<Jwt> then) {
        return token -> {
            OAuth2TokenValidatorResult result = first.validate(token);
            return result.hasErrors() ? result : then.validate(token);
        };
    }

    @Bean
    AccessTokens accessTokens(JwtEncoder encoder, StrideSecurityProperties properties, Clock clock) {
        return new AccessTokens(encoder, properties, clock);
    }
}
