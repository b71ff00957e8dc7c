// Warp 1.19.0 cuda code for advance_states_dce9f2a9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void advance_states_32f888a7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_x,
    wp::vec_t<2, wp::float32> var_target,
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
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32* var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::int32 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        bool var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32* var_23;
        const wp::int32 var_24 = 1;
        bool var_25;
        wp::int32 var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::int32* var_34;
        const wp::int32 var_35 = 2;
        bool var_36;
        wp::int32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::float32 var_45;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::float32 var_48;
        wp::int32 var_49;
        const wp::float32 var_50 = 0.0;
        wp::float32 var_51;
        //---------
        // forward
        // def advance_states(                                                                    <L 11>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 22>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.length(x - target) - particle_radius                                            <L 23>
        var_4 = wp::sub(var_2, var_target);
        var_5 = wp::length(var_4);
        var_6 = wp::sub(var_5, var_particle_radius);
        // new_state = agent_state[tid]                                                           <L 24>
        var_7 = wp::address(var_agent_state, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // t = timers[tid] - dt                                                                   <L 25>
        var_10 = wp::address(var_timers, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_dt);
        // if agent_state[tid] == STATE_IDLE:                                                     <L 26>
        var_13 = wp::address(var_agent_state, var_0);
        var_16 = wp::load(var_13);
        var_15 = (var_16 == var_14);
        if (var_15) {
            // if d < 2.0 * particle_radius:                                                      <L 27>
            var_18 = wp::mul(var_17, var_particle_radius);
            var_19 = (var_6 < var_18);
            if (var_19) {
                // new_state = STATE_SEEK                                                         <L 28>
                var_21 = wp::copy(var_20);
            }
            var_22 = wp::where(var_19, var_21, var_8);
        }
        if (!var_15) {
            // elif agent_state[tid] == STATE_SEEK:                                               <L 29>
            var_23 = wp::address(var_agent_state, var_0);
            var_26 = wp::load(var_23);
            var_25 = (var_26 == var_24);
            if (var_25) {
                // if d <= particle_radius:                                                       <L 30>
                var_27 = (var_6 <= var_particle_radius);
                if (var_27) {
                    // new_state = STATE_COOLDOWN                                                 <L 31>
                    var_29 = wp::copy(var_28);
                    // t = COOLDOWN_TIME                                                          <L 32>
                    var_31 = wp::copy(var_30);
                }
                var_32 = wp::where(var_27, var_29, var_8);
                var_33 = wp::where(var_27, var_31, var_11);
            }
            if (!var_25) {
                // elif agent_state[tid] == STATE_COOLDOWN:                                       <L 33>
                var_34 = wp::address(var_agent_state, var_0);
                var_37 = wp::load(var_34);
                var_36 = (var_37 == var_35);
                if (var_36) {
                    // if t <= 0.0:                                                               <L 34>
                    var_39 = (var_11 <= var_38);
                    if (var_39) {
                        // new_state = STATE_IDLE                                                 <L 35>
                        var_40 = wp::copy(var_14);
                    }
                    var_41 = wp::where(var_39, var_40, var_8);
                }
                if (!var_36) {
                    // new_state = STATE_IDLE                                                     <L 38>
                    var_42 = wp::copy(var_14);
                }
                var_43 = wp::where(var_36, var_41, var_42);
            }
            var_44 = wp::where(var_25, var_32, var_43);
            var_45 = wp::where(var_25, var_33, var_11);
            var_46 = wp::where(var_25, var_28, var_35);
        }
        var_47 = wp::where(var_15, var_22, var_44);
        var_48 = wp::where(var_15, var_11, var_45);
        var_49 = wp::where(var_15, var_20, var_24);
        // next_state[tid] = new_state                                                            <L 39>
        wp::array_store(var_next_state, var_0, var_47);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 40>
        var_51 = wp::max(var_48, var_50);
        wp::array_store(var_cooldown_out, var_0, var_51);
}



extern "C" __global__ void advance_states_32f888a7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_x,
    wp::vec_t<2, wp::float32> var_target,
    wp::float32 var_particle_radius,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out,
    wp::array_t<wp::int32> adj_agent_state,
    wp::array_t<wp::float32> adj_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_particle_x,
    wp::vec_t<2, wp::float32> adj_target,
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
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32* var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::int32 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        bool var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32* var_23;
        const wp::int32 var_24 = 1;
        bool var_25;
        wp::int32 var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::int32* var_34;
        const wp::int32 var_35 = 2;
        bool var_36;
        wp::int32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::float32 var_45;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::float32 var_48;
        wp::int32 var_49;
        const wp::float32 var_50 = 0.0;
        wp::float32 var_51;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        //---------
        // forward
        // def advance_states(                                                                    <L 11>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 22>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.length(x - target) - particle_radius                                            <L 23>
        var_4 = wp::sub(var_2, var_target);
        var_5 = wp::length(var_4);
        var_6 = wp::sub(var_5, var_particle_radius);
        // new_state = agent_state[tid]                                                           <L 24>
        var_7 = wp::address(var_agent_state, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // t = timers[tid] - dt                                                                   <L 25>
        var_10 = wp::address(var_timers, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_dt);
        // if agent_state[tid] == STATE_IDLE:                                                     <L 26>
        var_13 = wp::address(var_agent_state, var_0);
        var_16 = wp::load(var_13);
        var_15 = (var_16 == var_14);
        if (var_15) {
            // if d < 2.0 * particle_radius:                                                      <L 27>
            var_18 = wp::mul(var_17, var_particle_radius);
            var_19 = (var_6 < var_18);
            if (var_19) {
                // new_state = STATE_SEEK                                                         <L 28>
                var_21 = wp::copy(var_20);
            }
            var_22 = wp::where(var_19, var_21, var_8);
        }
        if (!var_15) {
            // elif agent_state[tid] == STATE_SEEK:                                               <L 29>
            var_23 = wp::address(var_agent_state, var_0);
            var_26 = wp::load(var_23);
            var_25 = (var_26 == var_24);
            if (var_25) {
                // if d <= particle_radius:                                                       <L 30>
                var_27 = (var_6 <= var_particle_radius);
                if (var_27) {
                    // new_state = STATE_COOLDOWN                                                 <L 31>
                    var_29 = wp::copy(var_28);
                    // t = COOLDOWN_TIME                                                          <L 32>
                    var_31 = wp::copy(var_30);
                }
                var_32 = wp::where(var_27, var_29, var_8);
                var_33 = wp::where(var_27, var_31, var_11);
            }
            if (!var_25) {
                // elif agent_state[tid] == STATE_COOLDOWN:                                       <L 33>
                var_34 = wp::address(var_agent_state, var_0);
                var_37 = wp::load(var_34);
                var_36 = (var_37 == var_35);
                if (var_36) {
                    // if t <= 0.0:                                                               <L 34>
                    var_39 = (var_11 <= var_38);
                    if (var_39) {
                        // new_state = STATE_IDLE                                                 <L 35>
                        var_40 = wp::copy(var_14);
                    }
                    var_41 = wp::where(var_39, var_40, var_8);
                }
                if (!var_36) {
                    // new_state = STATE_IDLE                                                     <L 38>
                    var_42 = wp::copy(var_14);
                }
                var_43 = wp::where(var_36, var_41, var_42);
            }
            var_44 = wp::where(var_25, var_32, var_43);
            var_45 = wp::where(var_25, var_33, var_11);
            var_46 = wp::where(var_25, var_28, var_35);
        }
        var_47 = wp::where(var_15, var_22, var_44);
        var_48 = wp::where(var_15, var_11, var_45);
        var_49 = wp::where(var_15, var_20, var_24);
        // next_state[tid] = new_state                                                            <L 39>
        // wp::array_store(var_next_state, var_0, var_47);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 40>
        var_51 = wp::max(var_48, var_50);
        // wp::array_store(var_cooldown_out, var_0, var_51);
        //---------
        // reverse
        wp::adj_array_store(var_cooldown_out, var_0, var_51, adj_cooldown_out, adj_0, adj_51);
        wp::adj_max(var_48, var_50, adj_48, adj_50, adj_51);
        // adj: cooldown_out[tid] = wp.max(t, 0.0)                                                <L 40>
        wp::adj_array_store(var_next_state, var_0, var_47, adj_next_state, adj_0, adj_47);
        // adj: next_state[tid] = new_state                                                       <L 39>
        wp::adj_where(var_15, var_20, var_24, adj_15, adj_20, adj_24, adj_49);
        wp::adj_where(var_15, var_11, var_45, adj_15, adj_11, adj_45, adj_48);
        wp::adj_where(var_15, var_22, var_44, adj_15, adj_22, adj_44, adj_47);
        if (!var_15) {
            wp::adj_where(var_25, var_28, var_35, adj_25, adj_28, adj_35, adj_46);
            wp::adj_where(var_25, var_33, var_11, adj_25, adj_33, adj_11, adj_45);
            wp::adj_where(var_25, var_32, var_43, adj_25, adj_32, adj_43, adj_44);
            if (!var_25) {
                wp::adj_where(var_36, var_41, var_42, adj_36, adj_41, adj_42, adj_43);
                if (!var_36) {
                    wp::adj_copy(var_14, adj_14, adj_42);
                    // adj: new_state = STATE_IDLE                                                <L 38>
                }
                if (var_36) {
                    wp::adj_where(var_39, var_40, var_8, adj_39, adj_40, adj_8, adj_41);
                    if (var_39) {
                        wp::adj_copy(var_14, adj_14, adj_40);
                        // adj: new_state = STATE_IDLE                                            <L 35>
                    }
                    // adj: if t <= 0.0:                                                          <L 34>
                }
                wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_34);
                // adj: elif agent_state[tid] == STATE_COOLDOWN:                                  <L 33>
            }
            if (var_25) {
                wp::adj_where(var_27, var_31, var_11, adj_27, adj_31, adj_11, adj_33);
                wp::adj_where(var_27, var_29, var_8, adj_27, adj_29, adj_8, adj_32);
                if (var_27) {
                    wp::adj_copy(var_30, adj_30, adj_31);
                    // adj: t = COOLDOWN_TIME                                                     <L 32>
                    wp::adj_copy(var_28, adj_28, adj_29);
                    // adj: new_state = STATE_COOLDOWN                                            <L 31>
                }
                // adj: if d <= particle_radius:                                                  <L 30>
            }
            wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_23);
            // adj: elif agent_state[tid] == STATE_SEEK:                                          <L 29>
        }
        if (var_15) {
            wp::adj_where(var_19, var_21, var_8, adj_19, adj_21, adj_8, adj_22);
            if (var_19) {
                wp::adj_copy(var_20, adj_20, adj_21);
                // adj: new_state = STATE_SEEK                                                    <L 28>
            }
            wp::adj_mul(var_17, var_particle_radius, adj_17, adj_particle_radius, adj_18);
            // adj: if d < 2.0 * particle_radius:                                                 <L 27>
        }
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_13);
        // adj: if agent_state[tid] == STATE_IDLE:                                                <L 26>
        wp::adj_sub(var_12, var_dt, adj_10, adj_dt, adj_11);
        wp::adj_address(var_timers, var_0, adj_timers, adj_0, adj_10);
        // adj: t = timers[tid] - dt                                                              <L 25>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_7);
        // adj: new_state = agent_state[tid]                                                      <L 24>
        wp::adj_sub(var_5, var_particle_radius, adj_5, adj_particle_radius, adj_6);
        wp::adj_length(var_4, var_5, adj_4, adj_5);
        wp::adj_sub(var_2, var_target, adj_2, adj_target, adj_4);
        // adj: d = wp.length(x - target) - particle_radius                                       <L 23>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: x = particle_x[tid]                                                               <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def advance_states(                                                               <L 11>
        return;
}

