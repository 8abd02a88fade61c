package io.linimasa.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.ingest.service.IngestResult;
import io.linimasa.ingest.service.IngestService;
import io.linimasa.ingest.service.InvalidArticleException;
import io.linimasa.ingest.service.RawArticle;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";

    private final IngestService ingest;
    private final ObjectMapper json;
    private final long maxArticleBytes;
    private final long maxBatchBytes;

    public ArticleResource(IngestService ingest, ObjectMapper json, IngestConfig config) {
        this.ingest = ingest;
        this.json = json;
        this.maxArticleBytes = config.ingest().maxArticleBytes().asLongValue();
        this.maxBatchBytes = config.ingest().maxBatchBytes().asLongValue();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response postText(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, UriInfo uri) {
        return created(ingest.ingest(RawArticle.ofText(BoundedBodies.readText(body, type, maxArticleBytes))), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    public Response postHtml(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, UriInfo uri) {
        return created(ingest.ingest(RawArticle.ofHtml(BoundedBodies.readText(body, type, maxArticleBytes))), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postJson(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, UriInfo uri) {
        String text = BoundedBodies.readText(body, type, maxArticleBytes);
        return created(ingest.ingest(parse(text)), uri);
    }

    @POST
    @Path("batch")
    @Consumes(NDJSON)
    public BatchResponse postBatch(InputStream body) {
        // A line holds one article as JSON: allow for its escaping (a quote or a newline takes two bytes).
        NdjsonLines lines = new NdjsonLines(body, 2 * maxArticleBytes + 64 * 1024, maxBatchBytes);
        List<BatchResponse.Line> results = new BatchIngest(ingest, this::parse, maxArticleBytes, maxBatchBytes).run(lines);
        if (results.isEmpty()) {
            throw new InvalidArticleException("the batch has no article");
        }
        return new BatchResponse(results);
    }

    @GET
    @Path("{id}")
    public ArticleView get(@PathParam("id") String id) {
        return ingest.find(id).map(ArticleView::of)
                .orElseThrow(() -> new NotFoundException("no article with id " + id));
    }

    private RawArticle parse(String text) {
        ArticleRequest request;
        try {
            request = json.readValue(text, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("malformed JSON: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw new InvalidArticleException("the JSON is not an article object");
        }
        return new RawArticle(request.text(), request.html(), request.url(), request.sourceName(), instant(request.fetchedAt()));
    }

    private static Instant instant(String fetchedAt) {
        if (fetchedAt == null || fetchedAt.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(fetchedAt).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("fetchedAt is not an ISO-8601 date-time with offset: " + fetchedAt);
        }
    }

    private static Response created(IngestResult result, UriInfo uri) {
        ArticleView view = ArticleView.of(result.article());
        if (!result.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/articles").path(view.id()).build()).entity(view).build();
    }
}
