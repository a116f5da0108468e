package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    @Test
    void idsAreOneToTwenty() {
        assertEquals(20, new Department(20, "PM2").id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Department(0, "HQ"));
        assertEquals("department id must be 1–20, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Department(21, "HQ"));
    }

    @Test
    void namesCannotBeEmptyOrBlank() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Department(4, ""));
        assertEquals("department 4: name cannot be empty", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Department(4, "   "));
        assertThrows(NullPointerException.class, () -> new Department(4, null));
    }

    @Test
    void namesAreTrimmedAndLimited() {
        assertEquals("HQ", new Department(1, "  HQ ").name());
        String longest = "x".repeat(Department.MAX_NAME_LENGTH);
        assertEquals(longest, new Department(1, longest).name());
        assertThrows(IllegalArgumentException.class, () -> new Department(1, longest + "x"));
        assertThrows(IllegalArgumentException.class, () -> new Department(1, "a\nb"));
    }

    @Test
    void renamingKeepsTheId() {
        Department renamed = new Department(2, "PM1").withName("Facilities");
        assertEquals(new Department(2, "Facilities"), renamed);
        assertThrows(IllegalArgumentException.class, () -> renamed.withName(""));
    }

    @Test
    void defaultsHoldAllTwentyDepartments() {
        Departments d = Departments.defaults();
        assertEquals(20, d.all().size());
        assertEquals("Headquarters", d.get(1).name());
        assertEquals("Department 20", d.get(20).name());
        assertThrows(IllegalArgumentException.class, () -> d.get(21));
    }

    @Test
    void renameReturnsANewSetAndLeavesTheOldOneAlone() {
        Departments before = Departments.defaults();
        Departments after = before.rename(3, "PM2");
        assertEquals("PM2", after.get(3).name());
        assertEquals("Department 03", before.get(3).name());
        assertEquals(20, after.all().size());
        assertThrows(IllegalArgumentException.class, () -> before.rename(3, " "));
    }

    @Test
    void departmentsCannotBeDeletedSoTheSetMustBeComplete() {
        List<Department> nineteen = new ArrayList<>(Departments.defaults().all());
        nineteen.remove(19);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Departments(nineteen));
        assertEquals("departments must hold exactly 20 entries (ids 1–20), got 19", e.getMessage());
    }

    @Test
    void departmentsMustBeInIdOrder() {
        List<Department> swapped = new ArrayList<>(Departments.defaults().all());
        swapped.set(0, new Department(2, "A"));
        swapped.set(1, new Department(1, "B"));
        assertThrows(IllegalArgumentException.class, () -> new Departments(swapped));
    }
}
