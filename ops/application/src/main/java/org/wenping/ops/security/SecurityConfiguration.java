package org.wenping.ops.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.wenping.ops.web.ProblemWriter;

import java.time.Clock;

/**
 * Every endpoint but health and the published checkpoint needs an authenticated user (the API description too: it
 * maps the system for whoever reads it).
 * Stateless: HTTP Basic against configured users, and — when an issuer or a key is configured — bearer tokens
 * of the central identity service ({@link TokenActor}); no session, so no CSRF token to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> tokens,
                                            TokenClaims claims, SignInThrottle throttle,
                                            UserProperties settings) throws Exception {
        boolean tokensAccepted = tokens.getIfAvailable() != null;
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", null,
                        tokensAccepted ? "需要登录:请使用统一身份认证令牌(Bearer)或 HTTP Basic 认证" : "需要登录:请使用 HTTP Basic 认证");
        if (tokensAccepted) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenActor(claims)))
                    .authenticationEntryPoint(new TokenRefusal(problems)));
        }
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/checkpoint",
                            "/checkpoint/**").permitAll();
                    ReadPermissions.apply(requests, settings.installation());
                    requests.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", null,
                                        "当前用户无权执行此操作")))
                .headers(ResponseHeaders::apply)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties limits) {
        return new SignInThrottle(limits, Clock.systemUTC());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswordCache(new BCryptPasswordEncoder());
    }
}
