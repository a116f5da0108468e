package org.doorman.sip.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ClientTransaction;
import javax.sip.TransactionState;
import javax.sip.message.Response;
import org.doorman.sip.handler.ResponseSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A branch's INVITE transaction answered by a failure is ended after the linger, and only then. */
class FailedBranchReleaseTest {
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
    private final List<Integer> passedOn = new ArrayList<>();
    private final AtomicInteger terminated = new AtomicInteger();
    private final CountDownLatch terminateCalled = new CountDownLatch(1);
    private final ResponseSink recording = new ResponseSink() {
        @Override
        public void onResponse(Response response) {
            passedOn.add(response.getStatusCode());
        }

        @Override
        public void onTimeout() {
            passedOn.add(-1);
        }
    };

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void aCancelledBranchIsEndedOnceTheLingerHasPassed() throws Exception {
        ResponseSink sink = new FailedBranchRelease(timers, 0).watching(transaction(TransactionState.COMPLETED), recording);
        sink.onResponse(response(Response.REQUEST_TERMINATED));
        assertTrue(terminateCalled.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(Response.REQUEST_TERMINATED), passedOn);
    }

    @Test
    void theTransactionStaysForTheLingerToAbsorbRetransmissions() {
        ResponseSink sink = new FailedBranchRelease(timers, 60_000).watching(transaction(TransactionState.COMPLETED), recording);
        sink.onResponse(response(Response.BUSY_HERE));
        assertEquals(1, timers.getQueue().size());
        assertEquals(60_000, ((java.util.concurrent.ScheduledFuture<?>) timers.getQueue().peek())
                .getDelay(TimeUnit.MILLISECONDS), 1_000);
        assertEquals(0, terminated.get());
    }

    @Test
    void ringingAnswersAndTimeoutsSchedulesNothing() {
        ResponseSink sink = new FailedBranchRelease(timers, 0).watching(transaction(TransactionState.PROCEEDING), recording);
        sink.onResponse(response(Response.RINGING));
        sink.onResponse(response(Response.OK));
        sink.onTimeout();
        assertEquals(List.of(Response.RINGING, Response.OK, -1), passedOn);
        assertTrue(timers.getQueue().isEmpty());
    }

    @Test
    void aTransactionTheStackEndedAlreadyIsNotEndedTwice() throws Exception {
        ResponseSink sink = new FailedBranchRelease(timers, 0).watching(transaction(TransactionState.TERMINATED), recording);
        sink.onResponse(response(Response.REQUEST_TERMINATED));
        CountDownLatch after = new CountDownLatch(1);
        timers.schedule(after::countDown, 0, TimeUnit.MILLISECONDS); // one thread: runs after the release
        assertTrue(after.await(5, TimeUnit.SECONDS));
        assertEquals(0, terminated.get());
    }

    private ClientTransaction transaction(TransactionState state) {
        return (ClientTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ClientTransaction.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getState" -> state;
                    case "terminate" -> {
                        terminated.incrementAndGet();
                        terminateCalled.countDown();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Response response(int status) {
        return (Response) Proxy.newProxyInstance(FailedBranchReleaseTest.class.getClassLoader(),
                new Class<?>[] {Response.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getStatusCode")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
