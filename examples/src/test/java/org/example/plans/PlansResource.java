package org.example.plans;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A Jakarta REST resource: the runtime validates the body before the method runs, and answers 400
 * with one violation per finding when the plan does not conform.
 */
@Path("/plans")
public class PlansResource {

  /** Creates the resource. */
  public PlansResource() {}

  /**
   * Accepts a plan.
   *
   * @param request the request, validated
   * @return 202 Accepted
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(@Valid SubmitPlanRequest request) {
    return Response.accepted().build();
  }
}
