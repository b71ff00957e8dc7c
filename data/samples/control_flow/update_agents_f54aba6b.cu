// Warp 1.19.0 cuda code for update_agents_f54aba6b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_agents_45024e39_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_cooldown,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_particle_radius,
    wp::vec_t<2, wp::float32> var_center,
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
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 2.0;
        wp::float32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        bool var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        //---------
        // forward
        // def update_agents(                                                                     <L 11>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // state = agent_state[tid]                                                               <L 20>
        var_1 = wp::address(var_agent_state, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t_left = cooldown[tid]                                                                 <L 21>
        var_4 = wp::address(var_cooldown, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // r = particle_radius[tid]                                                               <L 22>
        var_7 = wp::address(var_particle_radius, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // dist = wp.length(positions[tid] - center) - r                                          <L 23>
        var_10 = wp::address(var_positions, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_center);
        var_13 = wp::length(var_11);
        var_14 = wp::sub(var_13, var_8);
        // new_state = state                                                                      <L 24>
        var_15 = wp::copy(var_2);
        // t = t_left - dt                                                                        <L 25>
        var_16 = wp::sub(var_5, var_dt);
        // if state == STATE_IDLE:                                                                <L 26>
        var_18 = (var_2 == var_17);
        if (var_18) {
            // if dist < 2.0 * r:                                                                 <L 27>
            var_20 = wp::mul(var_19, var_8);
            var_21 = (var_14 < var_20);
            if (var_21) {
                // new_state = STATE_SEEK                                                         <L 28>
                var_23 = wp::copy(var_22);
            }
            var_24 = wp::where(var_21, var_23, var_15);
        }
        if (!var_18) {
            // elif state == STATE_SEEK:                                                          <L 29>
            var_26 = (var_2 == var_25);
            if (var_26) {
                // if dist <= r:                                                                  <L 30>
                var_27 = (var_14 <= var_8);
                if (var_27) {
                    // new_state = STATE_COOLDOWN                                                 <L 31>
                    var_29 = wp::copy(var_28);
                    // t = COOLDOWN_TIME                                                          <L 32>
                    var_31 = wp::copy(var_30);
                }
                var_32 = wp::where(var_27, var_29, var_15);
                var_33 = wp::where(var_27, var_31, var_16);
            }
            if (!var_26) {
                // elif state == STATE_COOLDOWN:                                                  <L 33>
                var_35 = (var_2 == var_34);
                if (var_35) {
                    // if t <= 0.0:                                                               <L 34>
                    var_37 = (var_16 <= var_36);
                    if (var_37) {
                        // new_state = STATE_IDLE                                                 <L 35>
                        var_38 = wp::copy(var_17);
                    }
                    var_39 = wp::where(var_37, var_38, var_15);
                }
                if (!var_35) {
                    // new_state = STATE_IDLE                                                     <L 38>
                    var_40 = wp::copy(var_17);
                }
                var_41 = wp::where(var_35, var_39, var_40);
            }
            var_42 = wp::where(var_26, var_32, var_41);
            var_43 = wp::where(var_26, var_33, var_16);
            var_44 = wp::where(var_26, var_28, var_34);
        }
        var_45 = wp::where(var_18, var_24, var_42);
        var_46 = wp::where(var_18, var_16, var_43);
        var_47 = wp::where(var_18, var_22, var_25);
        // agent_state[tid] = new_state                                                           <L 39>
        wp::array_store(var_agent_state, var_0, var_45);
        // cooldown[tid] = wp.max(t, 0.0)                                                         <L 40>
        var_49 = wp::max(var_46, var_48);
        wp::array_store(var_cooldown, var_0, var_49);
    }
}



extern "C" __global__ void update_agents_45024e39_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_cooldown,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_particle_radius,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_dt,
    wp::array_t<wp::int32> adj_agent_state,
    wp::array_t<wp::float32> adj_cooldown,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::vec_t<2, wp::float32> adj_center,
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
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 2.0;
        wp::float32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        bool var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
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
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        bool adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        //---------
        // forward
        // def update_agents(                                                                     <L 11>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // state = agent_state[tid]                                                               <L 20>
        var_1 = wp::address(var_agent_state, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t_left = cooldown[tid]                                                                 <L 21>
        var_4 = wp::address(var_cooldown, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // r = particle_radius[tid]                                                               <L 22>
        var_7 = wp::address(var_particle_radius, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // dist = wp.length(positions[tid] - center) - r                                          <L 23>
        var_10 = wp::address(var_positions, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_center);
        var_13 = wp::length(var_11);
        var_14 = wp::sub(var_13, var_8);
        // new_state = state                                                                      <L 24>
        var_15 = wp::copy(var_2);
        // t = t_left - dt                                                                        <L 25>
        var_16 = wp::sub(var_5, var_dt);
        // if state == STATE_IDLE:                                                                <L 26>
        var_18 = (var_2 == var_17);
        if (var_18) {
            // if dist < 2.0 * r:                                                                 <L 27>
            var_20 = wp::mul(var_19, var_8);
            var_21 = (var_14 < var_20);
            if (var_21) {
                // new_state = STATE_SEEK                                                         <L 28>
                var_23 = wp::copy(var_22);
            }
            var_24 = wp::where(var_21, var_23, var_15);
        }
        if (!var_18) {
            // elif state == STATE_SEEK:                                                          <L 29>
            var_26 = (var_2 == var_25);
            if (var_26) {
                // if dist <= r:                                                                  <L 30>
                var_27 = (var_14 <= var_8);
                if (var_27) {
                    // new_state = STATE_COOLDOWN                                                 <L 31>
                    var_29 = wp::copy(var_28);
                    // t = COOLDOWN_TIME                                                          <L 32>
                    var_31 = wp::copy(var_30);
                }
                var_32 = wp::where(var_27, var_29, var_15);
                var_33 = wp::where(var_27, var_31, var_16);
            }
            if (!var_26) {
                // elif state == STATE_COOLDOWN:                                                  <L 33>
                var_35 = (var_2 == var_34);
                if (var_35) {
                    // if t <= 0.0:                                                               <L 34>
                    var_37 = (var_16 <= var_36);
                    if (var_37) {
                        // new_state = STATE_IDLE                                                 <L 35>
                        var_38 = wp::copy(var_17);
                    }
                    var_39 = wp::where(var_37, var_38, var_15);
                }
                if (!var_35) {
                    // new_state = STATE_IDLE                                                     <L 38>
                    var_40 = wp::copy(var_17);
                }
                var_41 = wp::where(var_35, var_39, var_40);
            }
            var_42 = wp::where(var_26, var_32, var_41);
            var_43 = wp::where(var_26, var_33, var_16);
            var_44 = wp::where(var_26, var_28, var_34);
        }
        var_45 = wp::where(var_18, var_24, var_42);
        var_46 = wp::where(var_18, var_16, var_43);
        var_47 = wp::where(var_18, var_22, var_25);
        // agent_state[tid] = new_state                                                           <L 39>
        // wp::array_store(var_agent_state, var_0, var_45);
        // cooldown[tid] = wp.max(t, 0.0)                                                         <L 40>
        var_49 = wp::max(var_46, var_48);
        // wp::array_store(var_cooldown, var_0, var_49);
        //---------
        // reverse
        wp::adj_array_store(var_cooldown, var_0, var_49, adj_cooldown, adj_0, adj_49);
        wp::adj_max(var_46, var_48, adj_46, adj_48, adj_49);
        // adj: cooldown[tid] = wp.max(t, 0.0)                                                    <L 40>
        wp::adj_array_store(var_agent_state, var_0, var_45, adj_agent_state, adj_0, adj_45);
        // adj: agent_state[tid] = new_state                                                      <L 39>
        wp::adj_where(var_18, var_22, var_25, adj_18, adj_22, adj_25, adj_47);
        wp::adj_where(var_18, var_16, var_43, adj_18, adj_16, adj_43, adj_46);
        wp::adj_where(var_18, var_24, var_42, adj_18, adj_24, adj_42, adj_45);
        if (!var_18) {
            wp::adj_where(var_26, var_28, var_34, adj_26, adj_28, adj_34, adj_44);
            wp::adj_where(var_26, var_33, var_16, adj_26, adj_33, adj_16, adj_43);
            wp::adj_where(var_26, var_32, var_41, adj_26, adj_32, adj_41, adj_42);
            if (!var_26) {
                wp::adj_where(var_35, var_39, var_40, adj_35, adj_39, adj_40, adj_41);
                if (!var_35) {
                    wp::adj_copy(var_17, adj_17, adj_40);
                    // adj: new_state = STATE_IDLE                                                <L 38>
                }
                if (var_35) {
                    wp::adj_where(var_37, var_38, var_15, adj_37, adj_38, adj_15, adj_39);
                    if (var_37) {
                        wp::adj_copy(var_17, adj_17, adj_38);
                        // adj: new_state = STATE_IDLE                                            <L 35>
                    }
                    // adj: if t <= 0.0:                                                          <L 34>
                }
                // adj: elif state == STATE_COOLDOWN:                                             <L 33>
            }
            if (var_26) {
                wp::adj_where(var_27, var_31, var_16, adj_27, adj_31, adj_16, adj_33);
                wp::adj_where(var_27, var_29, var_15, adj_27, adj_29, adj_15, adj_32);
                if (var_27) {
                    wp::adj_copy(var_30, adj_30, adj_31);
                    // adj: t = COOLDOWN_TIME                                                     <L 32>
                    wp::adj_copy(var_28, adj_28, adj_29);
                    // adj: new_state = STATE_COOLDOWN                                            <L 31>
                }
                // adj: if dist <= r:                                                             <L 30>
            }
            // adj: elif state == STATE_SEEK:                                                     <L 29>
        }
        if (var_18) {
            wp::adj_where(var_21, var_23, var_15, adj_21, adj_23, adj_15, adj_24);
            if (var_21) {
                wp::adj_copy(var_22, adj_22, adj_23);
                // adj: new_state = STATE_SEEK                                                    <L 28>
            }
            wp::adj_mul(var_19, var_8, adj_19, adj_8, adj_20);
            // adj: if dist < 2.0 * r:                                                            <L 27>
        }
        // adj: if state == STATE_IDLE:                                                           <L 26>
        wp::adj_sub(var_5, var_dt, adj_5, adj_dt, adj_16);
        // adj: t = t_left - dt                                                                   <L 25>
        wp::adj_copy(var_2, adj_2, adj_15);
        // adj: new_state = state                                                                 <L 24>
        wp::adj_sub(var_13, var_8, adj_13, adj_8, adj_14);
        wp::adj_length(var_11, var_13, adj_11, adj_13);
        wp::adj_sub(var_12, var_center, adj_10, adj_center, adj_11);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_10);
        // adj: dist = wp.length(positions[tid] - center) - r                                     <L 23>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_7);
        // adj: r = particle_radius[tid]                                                          <L 22>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_cooldown, var_0, adj_cooldown, adj_0, adj_4);
        // adj: t_left = cooldown[tid]                                                            <L 21>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_1);
        // adj: state = agent_state[tid]                                                          <L 20>
        // adj: tid = wp.tid()                                                                    <L 19>
        // adj: def update_agents(                                                                <L 11>
        continue;
    }
}

