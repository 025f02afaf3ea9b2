using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Vigie.Web.Hosting;

/// <summary>
/// Turns a request the framework could not bind (a page that is not a number, a malformed date, JSON
/// that does not parse) into a 400 problem that says which parameter was wrong. Every other exception
/// is left to the default handler, which answers 500 without any detail of the server.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid.", Detail = bad.Message },
        }).ConfigureAwait(false);
    }
}
