using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigie.Web.Api;

/// <summary>Problem answers (RFC 9457, application/problem+json) the endpoints share.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
