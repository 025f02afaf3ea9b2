[assembly: AssemblyFixture(typeof(Vigie.Web.Tests.ApiSite))]
