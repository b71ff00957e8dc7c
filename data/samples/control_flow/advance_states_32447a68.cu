// Warp 1.19.0 cuda code for advance_states_32447a68.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void advance_states_e82472fa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        bool var_23;
        bool var_24;
        const wp::int32 var_25 = 2;
        wp::int32 var_26;
        const wp::float32 var_27 = 0.5;
        wp::float32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        bool var_32;
        const wp::float32 var_33 = 0.0;
        bool var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::int32 var_44;
        const wp::float32 var_45 = 0.0;
        wp::float32 var_46;
        //---------
        // forward
        // def advance_states(                                                                    <L 11>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // state = agent_state[tid]                                                               <L 21>
        var_1 = wp::address(var_agent_state, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = distances[tid]                                                                     <L 22>
        var_4 = wp::address(var_distances, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // r = particle_radius[tid]                                                               <L 23>
        var_7 = wp::address(var_particle_radius, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // new_state = state                                                                      <L 24>
        var_10 = wp::copy(var_2);
        // t = timers[tid] - dt                                                                   <L 25>
        var_11 = wp::address(var_timers, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_dt);
        // if state == STATE_IDLE:                                                                <L 26>
        var_15 = (var_2 == var_14);
        if (var_15) {
            // if d < 2.0 * r:                                                                    <L 27>
            var_17 = wp::mul(var_16, var_8);
            var_18 = (var_5 < var_17);
            if (var_18) {
                // new_state = STATE_SEEK                                                         <L 28>
                var_20 = wp::copy(var_19);
            }
            var_21 = wp::where(var_18, var_20, var_10);
        }
        if (!var_15) {
            // elif state == STATE_SEEK:                                                          <L 29>
            var_23 = (var_2 == var_22);
            if (var_23) {
                // if d <= r:                                                                     <L 30>
                var_24 = (var_5 <= var_8);
                if (var_24) {
                    // new_state = STATE_COOLDOWN                                                 <L 31>
                    var_26 = wp::copy(var_25);
                    // t = COOLDOWN_TIME                                                          <L 32>
                    var_28 = wp::copy(var_27);
                }
                var_29 = wp::where(var_24, var_26, var_10);
                var_30 = wp::where(var_24, var_28, var_12);
            }
            if (!var_23) {
                // elif state == STATE_COOLDOWN:                                                  <L 33>
                var_32 = (var_2 == var_31);
                if (var_32) {
                    // if t <= 0.0:                                                               <L 34>
                    var_34 = (var_12 <= var_33);
                    if (var_34) {
                        // new_state = STATE_IDLE                                                 <L 35>
                        var_35 = wp::copy(var_14);
                    }
                    var_36 = wp::where(var_34, var_35, var_10);
                }
                if (!var_32) {
                    // new_state = STATE_IDLE                                                     <L 38>
                    var_37 = wp::copy(var_14);
                }
                var_38 = wp::where(var_32, var_36, var_37);
            }
            var_39 = wp::where(var_23, var_29, var_38);
            var_40 = wp::where(var_23, var_30, var_12);
            var_41 = wp::where(var_23, var_25, var_31);
        }
        var_42 = wp::where(var_15, var_21, var_39);
        var_43 = wp::where(var_15, var_12, var_40);
        var_44 = wp::where(var_15, var_19, var_22);
        // next_state[tid] = new_state                                                            <L 39>
        wp::array_store(var_next_state, var_0, var_42);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 40>
        var_46 = wp::max(var_43, var_45);
        wp::array_store(var_cooldown_out, var_0, var_46);
    }
}



extern "C" __global__ void advance_states_e82472fa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out,
    wp::float32 var_dt,
    wp::array_t<wp::int32> adj_agent_state,
    wp::array_t<wp::float32> adj_timers,
    wp::array_t<wp::float32> adj_distances,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::int32> adj_next_state,
    wp::array_t<wp::float32> adj_cooldown_out,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        bool var_23;
        bool var_24;
        const wp::int32 var_25 = 2;
        wp::int32 var_26;
        const wp::float32 var_27 = 0.5;
        wp::float32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        bool var_32;
        const wp::float32 var_33 = 0.0;
        bool var_34;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::int32 var_44;
        const wp::float32 var_45 = 0.0;
        wp::float32 var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        //---------
        // forward
        // def advance_states(                                                                    <L 11>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // state = agent_state[tid]                                                               <L 21>
        var_1 = wp::address(var_agent_state, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = distances[tid]                                                                     <L 22>
        var_4 = wp::address(var_distances, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // r = particle_radius[tid]                                                               <L 23>
        var_7 = wp::address(var_particle_radius, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // new_state = state                                                                      <L 24>
        var_10 = wp::copy(var_2);
        // t = timers[tid] - dt                                                                   <L 25>
        var_11 = wp::address(var_timers, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_dt);
        // if state == STATE_IDLE:                                                                <L 26>
        var_15 = (var_2 == var_14);
        if (var_15) {
            // if d < 2.0 * r:                                                                    <L 27>
            var_17 = wp::mul(var_16, var_8);
            var_18 = (var_5 < var_17);
            if (var_18) {
                // new_state = STATE_SEEK                                                         <L 28>
                var_20 = wp::copy(var_19);
            }
            var_21 = wp::where(var_18, var_20, var_10);
        }
        if (!var_15) {
            // elif state == STATE_SEEK:                                                          <L 29>
            var_23 = (var_2 == var_22);
            if (var_23) {
                // if d <= r:                                                                     <L 30>
                var_24 = (var_5 <= var_8);
                if (var_24) {
                    // new_state = STATE_COOLDOWN                                                 <L 31>
                    var_26 = wp::copy(var_25);
                    // t = COOLDOWN_TIME                                                          <L 32>
                    var_28 = wp::copy(var_27);
                }
                var_29 = wp::where(var_24, var_26, var_10);
                var_30 = wp::where(var_24, var_28, var_12);
            }
            if (!var_23) {
                // elif state == STATE_COOLDOWN:                                                  <L 33>
                var_32 = (var_2 == var_31);
                if (var_32) {
                    // if t <= 0.0:                                                               <L 34>
                    var_34 = (var_12 <= var_33);
                    if (var_34) {
                        // new_state = STATE_IDLE                                                 <L 35>
                        var_35 = wp::copy(var_14);
                    }
                    var_36 = wp::where(var_34, var_35, var_10);
                }
                if (!var_32) {
                    // new_state = STATE_IDLE                                                     <L 38>
                    var_37 = wp::copy(var_14);
                }
                var_38 = wp::where(var_32, var_36, var_37);
            }
            var_39 = wp::where(var_23, var_29, var_38);
            var_40 = wp::where(var_23, var_30, var_12);
            var_41 = wp::where(var_23, var_25, var_31);
        }
        var_42 = wp::where(var_15, var_21, var_39);
        var_43 = wp::where(var_15, var_12, var_40);
        var_44 = wp::where(var_15, var_19, var_22);
        // next_state[tid] = new_state                                                            <L 39>
        // wp::array_store(var_next_state, var_0, var_42);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 40>
        var_46 = wp::max(var_43, var_45);
        // wp::array_store(var_cooldown_out, var_0, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_cooldown_out, var_0, var_46, adj_cooldown_out, adj_0, adj_46);
        wp::adj_max(var_43, var_45, adj_43, adj_45, adj_46);
        // adj: cooldown_out[tid] = wp.max(t, 0.0)                                                <L 40>
        wp::adj_array_store(var_next_state, var_0, var_42, adj_next_state, adj_0, adj_42);
        // adj: next_state[tid] = new_state                                                       <L 39>
        wp::adj_where(var_15, var_19, var_22, adj_15, adj_19, adj_22, adj_44);
        wp::adj_where(var_15, var_12, var_40, adj_15, adj_12, adj_40, adj_43);
        wp::adj_where(var_15, var_21, var_39, adj_15, adj_21, adj_39, adj_42);
        if (!var_15) {
            wp::adj_where(var_23, var_25, var_31, adj_23, adj_25, adj_31, adj_41);
            wp::adj_where(var_23, var_30, var_12, adj_23, adj_30, adj_12, adj_40);
            wp::adj_where(var_23, var_29, var_38, adj_23, adj_29, adj_38, adj_39);
            if (!var_23) {
                wp::adj_where(var_32, var_36, var_37, adj_32, adj_36, adj_37, adj_38);
                if (!var_32) {
                    wp::adj_copy(var_14, adj_14, adj_37);
                    // adj: new_state = STATE_IDLE                                                <L 38>
                }
                if (var_32) {
                    wp::adj_where(var_34, var_35, var_10, adj_34, adj_35, adj_10, adj_36);
                    if (var_34) {
                        wp::adj_copy(var_14, adj_14, adj_35);
                        // adj: new_state = STATE_IDLE                                            <L 35>
                    }
                    // adj: if t <= 0.0:                                                          <L 34>
                }
                // adj: elif state == STATE_COOLDOWN:                                             <L 33>
            }
            if (var_23) {
                wp::adj_where(var_24, var_28, var_12, adj_24, adj_28, adj_12, adj_30);
                wp::adj_where(var_24, var_26, var_10, adj_24, adj_26, adj_10, adj_29);
                if (var_24) {
                    wp::adj_copy(var_27, adj_27, adj_28);
                    // adj: t = COOLDOWN_TIME                                                     <L 32>
                    wp::adj_copy(var_25, adj_25, adj_26);
                    // adj: new_state = STATE_COOLDOWN                                            <L 31>
                }
                // adj: if d <= r:                                                                <L 30>
            }
            // adj: elif state == STATE_SEEK:                                                     <L 29>
        }
        if (var_15) {
            wp::adj_where(var_18, var_20, var_10, adj_18, adj_20, adj_10, adj_21);
            if (var_18) {
                wp::adj_copy(var_19, adj_19, adj_20);
                // adj: new_state = STATE_SEEK                                                    <L 28>
            }
            wp::adj_mul(var_16, var_8, adj_16, adj_8, adj_17);
            // adj: if d < 2.0 * r:                                                               <L 27>
        }
        // adj: if state == STATE_IDLE:                                                           <L 26>
        wp::adj_sub(var_13, var_dt, adj_11, adj_dt, adj_12);
        wp::adj_address(var_timers, var_0, adj_timers, adj_0, adj_11);
        // adj: t = timers[tid] - dt                                                              <L 25>
        wp::adj_copy(var_2, adj_2, adj_10);
        // adj: new_state = state                                                                 <L 24>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_7);
        // adj: r = particle_radius[tid]                                                          <L 23>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_distances, var_0, adj_distances, adj_0, adj_4);
        // adj: d = distances[tid]                                                                <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_1);
        // adj: state = agent_state[tid]                                                          <L 21>
        // adj: tid = wp.tid()                                                                    <L 20>
        // adj: def advance_states(                                                               <L 11>
        continue;
    }
}

