package dev.stride.adapters.web.activity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonMergePatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The examples of RFC 7396, appendix A. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'a':'b'}             | {'a':'c'}            | {'a':'c'}",
            "{'a':'b'}             | {'b':'c'}            | {'a':'b','b':'c'}",
            "{'a':'b'}             | {'a':null}           | {}",
            "{'a':'b','b':'c'}     | {'a':null}           | {'b':'c'}",
            "{'a':['b']}           | {'a':'c'}            | {'a':'c'}",
            "{'a':'c'}             | {'a':['b']}          | {'a':['b']}",
            "{'a':{'b':'c'}}       | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}     | {'a':[1]}            | {'a':[1]}",
            "['a','b']             | ['c','d']            | ['c','d']",
            "{'a':'b'}             | ['c']                | ['c']",
            "{'a':'foo'}           | null                 | null",
            "{'a':'foo'}           | 'bar'                | 'bar'",
            "{'e':null}            | {'a':1}              | {'e':null,'a':1}",
            "[1,2]                 | {'a':'b','c':null}   | {'a':'b'}",
            "{}                    | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
    void appliesTheRfcExamples(String target, String patch, String expected) {
        assertThat(JsonMergePatch.apply(json(target), json(patch))).isEqualTo(json(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"{'a':{'b':1}} | {'a':{'b':2}}"})
    void changesNeitherArgument(String target, String patch) {
        JsonNode targetNode = json(target);
        JsonNode patchNode = json(patch);

        JsonMergePatch.apply(targetNode, patchNode);

        assertThat(targetNode).isEqualTo(json(target));
        assertThat(patchNode).isEqualTo(json(patch));
    }

    private static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }
}
