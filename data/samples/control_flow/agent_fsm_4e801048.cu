// Warp 1.19.0 cuda code for agent_fsm_4e801048.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void agent_fsm_37ae2026_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_particle_radius,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32* var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::int32 var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        const wp::int32 var_23 = 1;
        bool var_24;
        wp::int32 var_25;
        bool var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::int32* var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        wp::int32 var_36;
        const wp::float32 var_37 = 0.0;
        bool var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        wp::float32 var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        const wp::float32 var_49 = 0.0;
        wp::float32 var_50;
        //---------
        // forward
        // def agent_fsm(                                                                         <L 11>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // d = wp.length(positions[tid] - center) - particle_radius                               <L 22>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_3, var_center);
        var_4 = wp::length(var_2);
        var_5 = wp::sub(var_4, var_particle_radius);
        // new_state = agent_state[tid]                                                           <L 23>
        var_6 = wp::address(var_agent_state, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // t = timers[tid] - dt                                                                   <L 24>
        var_9 = wp::address(var_timers, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_dt);
        // if agent_state[tid] == STATE_IDLE:                                                     <L 25>
        var_12 = wp::address(var_agent_state, var_0);
        var_15 = wp::load(var_12);
        var_14 = (var_15 == var_13);
        if (var_14) {
            // if d < 2.0 * particle_radius:                                                      <L 26>
            var_17 = wp::mul(var_16, var_particle_radius);
            var_18 = (var_5 < var_17);
            if (var_18) {
                // new_state = STATE_SEEK                                                         <L 27>
                var_20 = wp::copy(var_19);
            }
            var_21 = wp::where(var_18, var_20, var_7);
        }
        if (!var_14) {
            // elif agent_state[tid] == STATE_SEEK:                                               <L 28>
            var_22 = wp::address(var_agent_state, var_0);
            var_25 = wp::load(var_22);
            var_24 = (var_25 == var_23);
            if (var_24) {
                // if d <= particle_radius:                                                       <L 29>
                var_26 = (var_5 <= var_particle_radius);
                if (var_26) {
                    // new_state = STATE_COOLDOWN                                                 <L 30>
                    var_28 = wp::copy(var_27);
                    // t = COOLDOWN_TIME                                                          <L 31>
                    var_30 = wp::copy(var_29);
                }
                var_31 = wp::where(var_26, var_28, var_7);
                var_32 = wp::where(var_26, var_30, var_10);
            }
            if (!var_24) {
                // elif agent_state[tid] == STATE_COOLDOWN:                                       <L 32>
                var_33 = wp::address(var_agent_state, var_0);
                var_36 = wp::load(var_33);
                var_35 = (var_36 == var_34);
                if (var_35) {
                    // if t <= 0.0:                                                               <L 33>
                    var_38 = (var_10 <= var_37);
                    if (var_38) {
                        // new_state = STATE_IDLE                                                 <L 34>
                        var_39 = wp::copy(var_13);
                    }
                    var_40 = wp::where(var_38, var_39, var_7);
                }
                if (!var_35) {
                    // new_state = STATE_IDLE                                                     <L 37>
                    var_41 = wp::copy(var_13);
                }
                var_42 = wp::where(var_35, var_40, var_41);
            }
            var_43 = wp::where(var_24, var_31, var_42);
            var_44 = wp::where(var_24, var_32, var_10);
            var_45 = wp::where(var_24, var_27, var_34);
        }
        var_46 = wp::where(var_14, var_21, var_43);
        var_47 = wp::where(var_14, var_10, var_44);
        var_48 = wp::where(var_14, var_19, var_23);
        // next_state[tid] = new_state                                                            <L 38>
        wp::array_store(var_next_state, var_0, var_46);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 39>
        var_50 = wp::max(var_47, var_49);
        wp::array_store(var_cooldown_out, var_0, var_50);
}



extern "C" __global__ void agent_fsm_37ae2026_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_particle_radius,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out,
    wp::array_t<wp::int32> adj_agent_state,
    wp::array_t<wp::float32> adj_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::vec_t<2, wp::float32> adj_center,
    wp::float32 adj_particle_radius,
    wp::float32 adj_dt,
    wp::array_t<wp::int32> adj_next_state,
    wp::array_t<wp::float32> adj_cooldown_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32* var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::int32 var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        const wp::int32 var_23 = 1;
        bool var_24;
        wp::int32 var_25;
        bool var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::int32* var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        wp::int32 var_36;
        const wp::float32 var_37 = 0.0;
        bool var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        wp::float32 var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        const wp::float32 var_49 = 0.0;
        wp::float32 var_50;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        bool adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        //---------
        // forward
        // def agent_fsm(                                                                         <L 11>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // d = wp.length(positions[tid] - center) - particle_radius                               <L 22>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_3, var_center);
        var_4 = wp::length(var_2);
        var_5 = wp::sub(var_4, var_particle_radius);
        // new_state = agent_state[tid]                                                           <L 23>
        var_6 = wp::address(var_agent_state, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // t = timers[tid] - dt                                                                   <L 24>
        var_9 = wp::address(var_timers, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::sub(var_11, var_dt);
        // if agent_state[tid] == STATE_IDLE:                                                     <L 25>
        var_12 = wp::address(var_agent_state, var_0);
        var_15 = wp::load(var_12);
        var_14 = (var_15 == var_13);
        if (var_14) {
            // if d < 2.0 * particle_radius:                                                      <L 26>
            var_17 = wp::mul(var_16, var_particle_radius);
            var_18 = (var_5 < var_17);
            if (var_18) {
                // new_state = STATE_SEEK                                                         <L 27>
                var_20 = wp::copy(var_19);
            }
            var_21 = wp::where(var_18, var_20, var_7);
        }
        if (!var_14) {
            // elif agent_state[tid] == STATE_SEEK:                                               <L 28>
            var_22 = wp::address(var_agent_state, var_0);
            var_25 = wp::load(var_22);
            var_24 = (var_25 == var_23);
            if (var_24) {
                // if d <= particle_radius:                                                       <L 29>
                var_26 = (var_5 <= var_particle_radius);
                if (var_26) {
                    // new_state = STATE_COOLDOWN                                                 <L 30>
                    var_28 = wp::copy(var_27);
                    // t = COOLDOWN_TIME                                                          <L 31>
                    var_30 = wp::copy(var_29);
                }
                var_31 = wp::where(var_26, var_28, var_7);
                var_32 = wp::where(var_26, var_30, var_10);
            }
            if (!var_24) {
                // elif agent_state[tid] == STATE_COOLDOWN:                                       <L 32>
                var_33 = wp::address(var_agent_state, var_0);
                var_36 = wp::load(var_33);
                var_35 = (var_36 == var_34);
                if (var_35) {
                    // if t <= 0.0:                                                               <L 33>
                    var_38 = (var_10 <= var_37);
                    if (var_38) {
                        // new_state = STATE_IDLE                                                 <L 34>
                        var_39 = wp::copy(var_13);
                    }
                    var_40 = wp::where(var_38, var_39, var_7);
                }
                if (!var_35) {
                    // new_state = STATE_IDLE                                                     <L 37>
                    var_41 = wp::copy(var_13);
                }
                var_42 = wp::where(var_35, var_40, var_41);
            }
            var_43 = wp::where(var_24, var_31, var_42);
            var_44 = wp::where(var_24, var_32, var_10);
            var_45 = wp::where(var_24, var_27, var_34);
        }
        var_46 = wp::where(var_14, var_21, var_43);
        var_47 = wp::where(var_14, var_10, var_44);
        var_48 = wp::where(var_14, var_19, var_23);
        // next_state[tid] = new_state                                                            <L 38>
        // wp::array_store(var_next_state, var_0, var_46);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 39>
        var_50 = wp::max(var_47, var_49);
        // wp::array_store(var_cooldown_out, var_0, var_50);
        //---------
        // reverse
        wp::adj_array_store(var_cooldown_out, var_0, var_50, adj_cooldown_out, adj_0, adj_50);
        wp::adj_max(var_47, var_49, adj_47, adj_49, adj_50);
        // adj: cooldown_out[tid] = wp.max(t, 0.0)                                                <L 39>
        wp::adj_array_store(var_next_state, var_0, var_46, adj_next_state, adj_0, adj_46);
        // adj: next_state[tid] = new_state                                                       <L 38>
        wp::adj_where(var_14, var_19, var_23, adj_14, adj_19, adj_23, adj_48);
        wp::adj_where(var_14, var_10, var_44, adj_14, adj_10, adj_44, adj_47);
        wp::adj_where(var_14, var_21, var_43, adj_14, adj_21, adj_43, adj_46);
        if (!var_14) {
            wp::adj_where(var_24, var_27, var_34, adj_24, adj_27, adj_34, adj_45);
            wp::adj_where(var_24, var_32, var_10, adj_24, adj_32, adj_10, adj_44);
            wp::adj_where(var_24, var_31, var_42, adj_24, adj_31, adj_42, adj_43);
            if (!var_24) {
                wp::adj_where(var_35, var_40, var_41, adj_35, adj_40, adj_41, adj_42);
                if (!var_35) {
                    wp::adj_copy(var_13, adj_13, adj_41);
                    // adj: new_state = STATE_IDLE                                                <L 37>
                }
                if (var_35) {
                    wp::adj_where(var_38, var_39, var_7, adj_38, adj_39, adj_7, adj_40);
                    if (var_38) {
                        wp::adj_copy(var_13, adj_13, adj_39);
                        // adj: new_state = STATE_IDLE                                            <L 34>
                    }
                    // adj: if t <= 0.0:                                                          <L 33>
                }
                wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_33);
                // adj: elif agent_state[tid] == STATE_COOLDOWN:                                  <L 32>
            }
            if (var_24) {
                wp::adj_where(var_26, var_30, var_10, adj_26, adj_30, adj_10, adj_32);
                wp::adj_where(var_26, var_28, var_7, adj_26, adj_28, adj_7, adj_31);
                if (var_26) {
                    wp::adj_copy(var_29, adj_29, adj_30);
                    // adj: t = COOLDOWN_TIME                                                     <L 31>
                    wp::adj_copy(var_27, adj_27, adj_28);
                    // adj: new_state = STATE_COOLDOWN                                            <L 30>
                }
                // adj: if d <= particle_radius:                                                  <L 29>
            }
            wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_22);
            // adj: elif agent_state[tid] == STATE_SEEK:                                          <L 28>
        }
        if (var_14) {
            wp::adj_where(var_18, var_20, var_7, adj_18, adj_20, adj_7, adj_21);
            if (var_18) {
                wp::adj_copy(var_19, adj_19, adj_20);
                // adj: new_state = STATE_SEEK                                                    <L 27>
            }
            wp::adj_mul(var_16, var_particle_radius, adj_16, adj_particle_radius, adj_17);
            // adj: if d < 2.0 * particle_radius:                                                 <L 26>
        }
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_12);
        // adj: if agent_state[tid] == STATE_IDLE:                                                <L 25>
        wp::adj_sub(var_11, var_dt, adj_9, adj_dt, adj_10);
        wp::adj_address(var_timers, var_0, adj_timers, adj_0, adj_9);
        // adj: t = timers[tid] - dt                                                              <L 24>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_6);
        // adj: new_state = agent_state[tid]                                                      <L 23>
        wp::adj_sub(var_4, var_particle_radius, adj_4, adj_particle_radius, adj_5);
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        wp::adj_sub(var_3, var_center, adj_1, adj_center, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: d = wp.length(positions[tid] - center) - particle_radius                          <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def agent_fsm(                                                                    <L 11>
        return;
}

