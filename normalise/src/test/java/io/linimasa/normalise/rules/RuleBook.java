package io.linimasa.normalise.rules;

import io.linimasa.normalise.enrich.events.Events;
import io.linimasa.normalise.label.Boilerplate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Every rule of the normaliser: the line rules (static fields of their classes), the phrase rules and the event rules. */
final class RuleBook {

    private RuleBook() {
    }

    /** The line rules declared by a class, in declaration order. */
    static List<LineRule> lineRules(Class<?> type) {
        List<LineRule> rules = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == LineRule.class) {
                try {
                    field.setAccessible(true);
                    rules.add((LineRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    static List<Rule> all(List<Class<?>> families) {
        List<Rule> rules = new ArrayList<>();
        families.forEach(type -> rules.addAll(lineRules(type)));
        rules.addAll(Boilerplate.rules());
        rules.addAll(Events.rules());
        return rules;
    }
}
