package io.fastjpa.examples.heroes;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The heroes API as a Jakarta REST application for an application server: deployed as a WAR, the server finds the
 * resource and FastJPA's providers by scanning. The standalone {@link HeroesApp} configures Jersey itself and does
 * not use this class.
 */
@ApplicationPath("/")
public class HeroesRestApplication extends Application {

    /** Created by the server. */
    public HeroesRestApplication() {}
}
