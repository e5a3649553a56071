from django.urls import path

from . import jobs

app_name = "ops"
urlpatterns = [path("<int:pk>/", jobs.job, name="job")]
