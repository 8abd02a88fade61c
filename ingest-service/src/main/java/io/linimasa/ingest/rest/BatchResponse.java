package io.linimasa.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

public record BatchResponse(List<Line> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int line, int status, String id, String error) {
    }
}
