"""Dedicated maintenance: each project's weekly maintenance window and the
maintenance tasks scheduled into it."""

OPERATIONS = [
    ("listMaintenanceWindows", "dedicated", "get", "/maintenanceWindows"),
    ("getMaintenanceWindow", "dedicated", "get", "/maintenanceWindows/{maintenanceWindowId}"),
    ("updateMaintenanceWindow", "dedicated", "patch", "/maintenanceWindows/{maintenanceWindowId}"),
    ("listMaintenanceTasks", "dedicated", "get", "/maintenanceTasks"),
    ("getMaintenanceTask", "dedicated", "get", "/maintenanceTasks/{maintenanceTaskId}"),
    ("updateMaintenanceTask", "dedicated", "patch", "/maintenanceTasks/{maintenanceTaskId}"),
]

# The definitions name the path parameter after the body's field.
SOURCE_PATHS = {
    "updateMaintenanceWindow": "/maintenanceWindows/{maintenanceWindow.maintenanceWindowId}",
    "updateMaintenanceTask": "/maintenanceTasks/{maintenanceTask.maintenanceTaskId}",
}
